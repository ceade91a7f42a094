package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Small hand-made pools for the what-if and path tests. */
final class CraftedPools {

    static final Map<String, BigDecimal> SPLIT = Map.of(
            "A",
            BigDecimal.valueOf(20),
            "B",
            BigDecimal.valueOf(40),
            "C",
            BigDecimal.valueOf(35),
            "D",
            BigDecimal.valueOf(5));

    private CraftedPools() {}

    static Scheme.WeightedIndicator fixed(String code, double weight, double benchmark) {
        return new Scheme.WeightedIndicator(
                code, BigDecimal.valueOf(weight), new Scheme.Benchmark(BigDecimal.valueOf(benchmark), null));
    }

    static Scheme.WeightedIndicator average(String code, double weight, double times) {
        return new Scheme.WeightedIndicator(
                code, BigDecimal.valueOf(weight), new Scheme.Benchmark(null, BigDecimal.valueOf(times)));
    }

    static Scheme.Pool pool(String name, String method, List<Scheme.WeightedIndicator> indicators) {
        return new Scheme.Pool(
                name,
                "above",
                BigDecimal.ZERO,
                method,
                BigDecimal.valueOf(2),
                "zero",
                indicators,
                SPLIT,
                List.of(),
                List.of());
    }

    static Scheme scheme(Scheme.Pool... pools) {
        return new Scheme("crafted", List.of(pools), null, List.of());
    }

    static EnterpriseFacts facts(String code, double mu, Map<String, Double> figures) {
        Map<String, BigDecimal> values = new HashMap<>();
        figures.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
        return new EnterpriseFacts(
                UUID.nameUUIDFromBytes(code.getBytes()),
                code,
                "企业" + code,
                "ABOVE",
                BigDecimal.valueOf(mu),
                "C3411",
                null,
                null,
                values,
                Set.of());
    }

    /** The facts with one figure replaced. */
    static EnterpriseFacts with(EnterpriseFacts f, String figure, BigDecimal value) {
        Map<String, BigDecimal> figures = new HashMap<>(f.figures());
        figures.put(figure, value);
        return new EnterpriseFacts(
                f.enterpriseId(),
                f.creditCode(),
                f.name(),
                f.scale(),
                f.landMu(),
                f.industryCode(),
                f.registeredOn(),
                f.exemptReason(),
                figures,
                f.qualifications());
    }

    /**
     * The computed grade the engine gives the enterprise when the indicator's value is {@code
     * value}: its numerator figure set so, everything else as it is.
     */
    static Grade gradeWithValue(
            Scheme scheme, List<EnterpriseFacts> all, String creditCode, String code, BigDecimal value) {
        EvaluationIndicator indicator = EvaluationIndicator.byCode(code).orElseThrow();
        List<EnterpriseFacts> changed = all.stream()
                .map(f -> {
                    if (!f.creditCode().equals(creditCode)) {
                        return f;
                    }
                    BigDecimal denominator = indicator.denominator().equals(EvaluationIndicator.LAND_MU)
                            ? f.landMu()
                            : f.figures().get(indicator.denominator());
                    return with(
                            f,
                            indicator.numerator(),
                            value.multiply(denominator).divide(indicator.multiplier(), Scoring.PRECISION));
                })
                .toList();
        return scored(scheme, changed, creditCode).computedGrade();
    }

    static Scored scored(Scheme scheme, List<EnterpriseFacts> all, String creditCode) {
        return Scoring.score(scheme, 2025, all, Map.of()).stream()
                .filter(s -> s.facts().creditCode().equals(creditCode))
                .findFirst()
                .orElseThrow();
    }
}
