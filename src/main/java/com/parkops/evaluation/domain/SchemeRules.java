package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.InputError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What makes a scheme valid, and its defaults: minMu 0, method {@code ratio}, capMultiple 2,
 * zeroDenominator {@code zero}. Every problem is reported at once, with its field path.
 */
@Component
class SchemeRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Set<String> SCALES = Set.of("above", "below", "all");
    static final Set<String> METHODS = Set.of("ratio", "minmax");
    static final Set<String> ZERO_DENOMINATORS = Set.of("zero", "best", "reweight");
    static final List<String> GRADES = List.of("A", "B", "C", "D");
    static final Set<String> QUALIFICATIONS = Set.of(
            "HIGH_TECH",
            "TECH_SME",
            "LITTLE_GIANT",
            "PROVINCIAL_SPECIALIZED",
            "GAZELLE",
            "POTENTIAL_GAZELLE",
            "INTEGRATION_DEMO",
            "LISTED",
            "SEGMENT_LEADER");

    private final EvaluationMessages messages;

    SchemeRules(EvaluationMessages messages) {
        this.messages = messages;
    }

    /** The scheme with its defaults filled in, or an exception listing every problem. */
    Scheme validate(Scheme scheme) {
        List<InputError> errors = new ArrayList<>();
        if (scheme == null || scheme.pools() == null || scheme.pools().isEmpty()) {
            errors.add(messages.error("pools", "evaluation.scheme.pools.required"));
            messages.refuse(errors);
        }
        Set<String> poolNames = new HashSet<>();
        for (int p = 0; p < scheme.pools().size(); p++) {
            Scheme.Pool pool = scheme.pools().get(p);
            String at = "pools[" + p + "]";
            if (pool == null) {
                errors.add(messages.error(at, "evaluation.scheme.required"));
                continue;
            }
            if (blank(pool.name())) {
                errors.add(messages.error(at + ".name", "evaluation.scheme.required"));
            } else if (!poolNames.add(pool.name().strip())) {
                errors.add(messages.error(at + ".name", "evaluation.scheme.duplicate", pool.name()));
            }
            if (pool.scale() != null && !SCALES.contains(pool.scale())) {
                errors.add(messages.error(at + ".scale", "evaluation.scheme.oneOf", String.join(", ", SCALES)));
            }
            if (pool.minMu() != null && pool.minMu().signum() < 0) {
                errors.add(messages.error(at + ".minMu", "evaluation.scheme.notNegative"));
            }
            if (pool.method() != null && !METHODS.contains(pool.method())) {
                errors.add(messages.error(at + ".method", "evaluation.scheme.oneOf", "ratio, minmax"));
            }
            if (pool.capMultiple() != null && pool.capMultiple().signum() <= 0) {
                errors.add(messages.error(at + ".capMultiple", "evaluation.scheme.positive"));
            }
            if (pool.zeroDenominator() != null && !ZERO_DENOMINATORS.contains(pool.zeroDenominator())) {
                errors.add(messages.error(at + ".zeroDenominator", "evaluation.scheme.oneOf", "zero, best, reweight"));
            }
            indicators(pool, at, errors);
            grades(pool, at, errors);
            Set<String> itemCodes = new HashSet<>();
            items(pool.bonusItems(), at + ".bonusItems", itemCodes, errors);
            items(pool.penaltyItems(), at + ".penaltyItems", itemCodes, errors);
        }
        if (scheme.vetoItems() != null) {
            Set<String> codes = new HashSet<>();
            for (int v = 0; v < scheme.vetoItems().size(); v++) {
                Scheme.VetoItem item = scheme.vetoItems().get(v);
                String at = "vetoItems[" + v + "]";
                if (item == null || blank(item.code())) {
                    errors.add(messages.error(at + ".code", "evaluation.scheme.required"));
                } else if (!codes.add(item.code())) {
                    errors.add(messages.error(at + ".code", "evaluation.scheme.duplicate", item.code()));
                }
                if (item != null && blank(item.name())) {
                    errors.add(messages.error(at + ".name", "evaluation.scheme.required"));
                }
            }
        }
        if (scheme.exemptions() != null
                && scheme.exemptions().registeredYears() != null
                && scheme.exemptions().registeredYears() < 0) {
            errors.add(messages.error("exemptions.registeredYears", "evaluation.scheme.notNegative"));
        }
        messages.refuse(errors);
        return withDefaults(scheme);
    }

    private void indicators(Scheme.Pool pool, String at, List<InputError> errors) {
        if (pool.indicators() == null || pool.indicators().isEmpty()) {
            errors.add(messages.error(at + ".indicators", "evaluation.scheme.indicators.required"));
            return;
        }
        boolean minmax = "minmax".equals(pool.method());
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < pool.indicators().size(); i++) {
            Scheme.WeightedIndicator indicator = pool.indicators().get(i);
            String here = at + ".indicators[" + i + "]";
            if (indicator == null) {
                errors.add(messages.error(here, "evaluation.scheme.required"));
                continue;
            }
            if (blank(indicator.code())) {
                errors.add(messages.error(here + ".code", "evaluation.scheme.required"));
            } else if (EvaluationIndicator.byCode(indicator.code()).isEmpty()) {
                errors.add(messages.error(here + ".code", "evaluation.scheme.unknownIndicator", indicator.code()));
            } else if (!codes.add(indicator.code())) {
                errors.add(messages.error(here + ".code", "evaluation.scheme.duplicate", indicator.code()));
            }
            if (indicator.weight() == null) {
                errors.add(messages.error(here + ".weight", "evaluation.scheme.required"));
            } else if (indicator.weight().signum() <= 0) {
                errors.add(messages.error(here + ".weight", "evaluation.scheme.positive"));
            } else {
                sum = sum.add(indicator.weight());
            }
            Scheme.Benchmark benchmark = indicator.benchmark();
            if (benchmark == null) {
                if (!minmax) {
                    errors.add(messages.error(here + ".benchmark", "evaluation.scheme.benchmark.required"));
                }
            } else if ((benchmark.fixed() == null) == (benchmark.zoneAverageTimes() == null)) {
                errors.add(messages.error(here + ".benchmark", "evaluation.scheme.benchmark.oneOf"));
            } else if (benchmark.fixed() != null && benchmark.fixed().signum() <= 0) {
                errors.add(messages.error(here + ".benchmark.fixed", "evaluation.scheme.benchmark.positive"));
            } else if (benchmark.zoneAverageTimes() != null
                    && benchmark.zoneAverageTimes().signum() <= 0) {
                errors.add(
                        messages.error(here + ".benchmark.zoneAverageTimes", "evaluation.scheme.benchmark.positive"));
            }
        }
        if (sum.compareTo(HUNDRED) != 0
                && errors.stream().noneMatch(e -> e.field().endsWith(".weight"))) {
            errors.add(messages.error(at + ".indicators", "evaluation.scheme.weights.sum", sum.toPlainString()));
        }
    }

    private void grades(Scheme.Pool pool, String at, List<InputError> errors) {
        if (pool.grades() == null) {
            errors.add(messages.error(at + ".grades", "evaluation.scheme.grades.required"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (String grade : GRADES) {
            BigDecimal share = pool.grades().get(grade);
            if (share == null) {
                errors.add(messages.error(at + ".grades." + grade, "evaluation.scheme.required"));
                complete = false;
            } else if (share.signum() < 0) {
                errors.add(messages.error(at + ".grades." + grade, "evaluation.scheme.notNegative"));
                complete = false;
            } else {
                sum = sum.add(share);
            }
        }
        for (String key : pool.grades().keySet()) {
            if (!GRADES.contains(key)) {
                errors.add(messages.error(at + ".grades." + key, "evaluation.scheme.oneOf", "A, B, C, D"));
                complete = false;
            }
        }
        if (complete && sum.compareTo(HUNDRED) != 0) {
            errors.add(messages.error(at + ".grades", "evaluation.scheme.grades.sum", sum.toPlainString()));
        }
    }

    private void items(List<Scheme.Item> items, String at, Set<String> codes, List<InputError> errors) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            Scheme.Item item = items.get(i);
            String here = at + "[" + i + "]";
            if (item == null || blank(item.code())) {
                errors.add(messages.error(here + ".code", "evaluation.scheme.required"));
                continue;
            }
            if (!codes.add(item.code())) {
                errors.add(messages.error(here + ".code", "evaluation.scheme.duplicate", item.code()));
            }
            if (blank(item.name())) {
                errors.add(messages.error(here + ".name", "evaluation.scheme.required"));
            }
            if (item.points() == null || item.points().signum() <= 0) {
                errors.add(messages.error(here + ".points", "evaluation.scheme.positive"));
            }
            if (item.qualification() != null && !QUALIFICATIONS.contains(item.qualification())) {
                errors.add(messages.error(
                        here + ".qualification", "evaluation.scheme.oneOf", String.join(", ", QUALIFICATIONS)));
            }
        }
    }

    /** The scheme with every pool's defaults filled in (the scheme must be valid). */
    static Scheme withDefaults(Scheme scheme) {
        List<Scheme.Pool> pools = new ArrayList<>();
        for (Scheme.Pool pool : scheme.pools()) {
            Map<String, BigDecimal> grades = new LinkedHashMap<>();
            for (String grade : GRADES) {
                grades.put(grade, pool.grades().get(grade));
            }
            pools.add(new Scheme.Pool(
                    pool.name().strip(),
                    pool.scale() == null ? "all" : pool.scale(),
                    pool.minMu() == null ? BigDecimal.ZERO : pool.minMu(),
                    pool.method() == null ? "ratio" : pool.method(),
                    pool.capMultiple() == null ? BigDecimal.valueOf(2) : pool.capMultiple(),
                    pool.zeroDenominator() == null ? "zero" : pool.zeroDenominator(),
                    pool.indicators(),
                    grades,
                    pool.bonusItems() == null ? List.of() : pool.bonusItems(),
                    pool.penaltyItems() == null ? List.of() : pool.penaltyItems()));
        }
        return new Scheme(
                scheme.name(), pools, scheme.exemptions(), scheme.vetoItems() == null ? List.of() : scheme.vetoItems());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
