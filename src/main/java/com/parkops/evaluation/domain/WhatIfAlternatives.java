package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.evaluation.EvaluationWhatIf.Alternative;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns a what-if choice into a valid scheme with its display name: a preset, a stored scheme, a
 * whole scheme, or scheme A with some weights or grade percentages edited. Every problem is
 * reported at once, with a field path under the request's field ({@code base} or {@code
 * alternative}).
 */
@Component
class WhatIfAlternatives {

    /** A resolved choice. */
    record Resolved(Scheme scheme, String name) {}

    private static final Pattern WEIGHT = Pattern.compile("pools\\[(\\d+)]\\.indicators\\[(\\d+)]\\.weight");
    private static final Pattern WEIGHTS = Pattern.compile("pools\\[(\\d+)]\\.indicators");
    private static final Pattern GRADES = Pattern.compile("pools\\[(\\d+)]\\.grades(\\.([A-Z]))?");

    private final EvaluationSchemes schemes;
    private final SchemeRules rules;
    private final EvaluationMessages messages;

    WhatIfAlternatives(EvaluationSchemes schemes, SchemeRules rules, EvaluationMessages messages) {
        this.schemes = schemes;
        this.rules = rules;
        this.messages = messages;
    }

    /** Scheme A: the run's scheme unless a preset, a stored scheme or a whole scheme is given. */
    Resolved base(UUID zoneId, Scheme runScheme, Alternative choice) {
        if (choice == null || choice.given() == 0) {
            return new Resolved(runScheme, messages.text("whatif.name.run", name(runScheme)));
        }
        if (choice.given() > 1 || choice.edits()) {
            refuse(List.of(messages.error("base", "whatif.error.oneBase")));
        }
        return chosen(zoneId, choice, "base");
    }

    /** Scheme B: exactly one of a preset, a stored scheme, a whole scheme or edits of A. */
    Resolved alternative(UUID zoneId, Resolved base, Alternative choice) {
        if (choice == null || choice.given() != 1) {
            refuse(List.of(messages.error("alternative", "whatif.error.oneAlternative")));
        }
        if (choice.edits()) {
            return new Resolved(edited(base.scheme(), choice), messages.text("whatif.name.edited", base.name()));
        }
        return chosen(zoneId, choice, "alternative");
    }

    private Resolved chosen(UUID zoneId, Alternative choice, String field) {
        if (choice.preset() != null) {
            var preset = schemes.preset(choice.preset()).orElse(null);
            if (preset == null) {
                refuse(List.of(messages.error(field + ".preset", "whatif.error.unknownPreset", choice.preset())));
            }
            return new Resolved(
                    valid(preset.scheme(), field + ".scheme"),
                    messages.text("whatif.name.preset", name(preset.scheme())));
        }
        if (choice.schemeId() != null) {
            var stored = schemes.find(zoneId, choice.schemeId()).orElse(null);
            if (stored == null) {
                refuse(List.of(messages.error(field + ".schemeId", "whatif.error.unknownScheme")));
            }
            return new Resolved(
                    valid(stored.scheme(), field + ".scheme"),
                    messages.text("whatif.name.stored", stored.name(), stored.year()));
        }
        Scheme scheme = valid(choice.scheme(), field + ".scheme");
        return new Resolved(scheme, scheme.name() == null ? messages.text("whatif.name.custom") : scheme.name());
    }

    private Scheme valid(Scheme scheme, String prefix) {
        try {
            return rules.validate(scheme);
        } catch (InvalidInputException refused) {
            List<InputError> errors = new ArrayList<>();
            for (InputError error : refused.errors()) {
                errors.add(new InputError(null, prefix + "." + error.field(), error.message()));
            }
            throw new InvalidInputException(refused.getMessage(), errors);
        }
    }

    /** Scheme A with the given weights and grade percentages replaced, validated. */
    private Scheme edited(Scheme base, Alternative edits) {
        List<InputError> errors = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> weights = edits.weights() == null ? Map.of() : edits.weights();
        Map<String, Map<String, BigDecimal>> grades = edits.grades() == null ? Map.of() : edits.grades();
        for (String pool : weights.keySet()) {
            Scheme.Pool found = pool(base, pool);
            if (found == null) {
                errors.add(messages.error("alternative.weights." + pool, "whatif.error.unknownPool", pool));
                continue;
            }
            for (String code : orEmpty(weights.get(pool)).keySet()) {
                if (found.indicators().stream().noneMatch(i -> i.code().equals(code))) {
                    errors.add(messages.error(
                            "alternative.weights." + pool + "." + code, "whatif.error.unknownIndicator", code));
                }
            }
        }
        for (String pool : grades.keySet()) {
            if (pool(base, pool) == null) {
                errors.add(messages.error("alternative.grades." + pool, "whatif.error.unknownPool", pool));
                continue;
            }
            for (String grade : orEmpty(grades.get(pool)).keySet()) {
                if (!SchemeRules.GRADES.contains(grade)) {
                    errors.add(messages.error("alternative.grades." + pool + "." + grade, "whatif.error.unknownGrade"));
                }
            }
        }
        refuse(errors);
        List<Scheme.Pool> pools = new ArrayList<>();
        for (Scheme.Pool pool : base.pools()) {
            Map<String, BigDecimal> newWeights = orEmpty(weights.get(pool.name()));
            List<Scheme.WeightedIndicator> indicators = pool.indicators().stream()
                    .map(i -> newWeights.containsKey(i.code())
                            ? new Scheme.WeightedIndicator(i.code(), newWeights.get(i.code()), i.benchmark())
                            : i)
                    .toList();
            Map<String, BigDecimal> newGrades = new LinkedHashMap<>(pool.grades());
            newGrades.putAll(orEmpty(grades.get(pool.name())));
            pools.add(new Scheme.Pool(
                    pool.name(),
                    pool.scale(),
                    pool.minMu(),
                    pool.method(),
                    pool.capMultiple(),
                    pool.zeroDenominator(),
                    indicators,
                    newGrades,
                    pool.bonusItems(),
                    pool.penaltyItems()));
        }
        Scheme scheme = new Scheme(base.name(), pools, base.exemptions(), base.vetoItems());
        try {
            return rules.validate(scheme);
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.getMessage(), editErrors(scheme, refused.errors()));
        }
    }

    /** Validation errors of an edited scheme, named after the edit fields. */
    private static List<InputError> editErrors(Scheme scheme, List<InputError> errors) {
        List<InputError> named = new ArrayList<>();
        for (InputError error : errors) {
            named.add(new InputError(null, editField(scheme, error.field()), error.message()));
        }
        return named;
    }

    static String editField(Scheme scheme, String field) {
        Matcher weight = WEIGHT.matcher(field);
        if (weight.matches()) {
            Scheme.Pool pool = scheme.pools().get(Integer.parseInt(weight.group(1)));
            return "alternative.weights." + pool.name() + "."
                    + pool.indicators().get(Integer.parseInt(weight.group(2))).code();
        }
        Matcher weights = WEIGHTS.matcher(field);
        if (weights.matches()) {
            return "alternative.weights."
                    + scheme.pools().get(Integer.parseInt(weights.group(1))).name();
        }
        Matcher grades = GRADES.matcher(field);
        if (grades.matches()) {
            String pool = scheme.pools().get(Integer.parseInt(grades.group(1))).name();
            return "alternative.grades." + pool + (grades.group(3) == null ? "" : "." + grades.group(3));
        }
        return "alternative.scheme." + field;
    }

    private static Scheme.Pool pool(Scheme scheme, String name) {
        return scheme.pools().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, BigDecimal> orEmpty(Map<String, BigDecimal> map) {
        return map == null ? Map.of() : map;
    }

    private static String name(Scheme scheme) {
        return scheme.name() == null ? "" : scheme.name();
    }

    private void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(messages.text("whatif.error.invalid"), errors);
        }
    }
}
