package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small conversions between a scheme's values and what a form shows. */
final class SchemeNumbers {

    private SchemeNumbers() {}

    /** The number without trailing zeros and never in exponent form (100, not 1E+2). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The text stripped, or null when blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The scheme with every number in plain form, for display. */
    static Scheme plain(Scheme scheme) {
        List<Scheme.Pool> pools =
                scheme.pools().stream().map(SchemeNumbers::plain).toList();
        return new Scheme(scheme.name(), pools, scheme.exemptions(), scheme.vetoItems());
    }

    private static Scheme.Pool plain(Scheme.Pool pool) {
        Map<String, BigDecimal> grades = new LinkedHashMap<>();
        pool.grades().forEach((grade, share) -> grades.put(grade, plain(share)));
        return new Scheme.Pool(
                pool.name(),
                pool.scale(),
                plain(pool.minMu()),
                pool.method(),
                plain(pool.capMultiple()),
                pool.zeroDenominator(),
                pool.indicators().stream().map(SchemeNumbers::plain).toList(),
                grades,
                items(pool.bonusItems()),
                items(pool.penaltyItems()));
    }

    private static Scheme.WeightedIndicator plain(Scheme.WeightedIndicator indicator) {
        Scheme.Benchmark benchmark = indicator.benchmark() == null
                ? null
                : new Scheme.Benchmark(
                        plain(indicator.benchmark().fixed()),
                        plain(indicator.benchmark().zoneAverageTimes()));
        return new Scheme.WeightedIndicator(indicator.code(), plain(indicator.weight()), benchmark);
    }

    private static List<Scheme.Item> items(List<Scheme.Item> items) {
        return items == null
                ? List.of()
                : items.stream()
                        .map(i -> new Scheme.Item(i.code(), i.name(), plain(i.points()), i.qualification()))
                        .toList();
    }
}
