package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationWhatIf.Alternative;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The what-if page's query: the run, scheme A ({@code a}: {@code run}, {@code preset:<key>} or
 * {@code scheme:<id>}), scheme B ({@code b}: {@code preset:<key>}, {@code scheme:<id>} or {@code
 * edit}), the edit fields {@code w.<pool>.<code>} (weights) and {@code g.<pool>.<grade>} (grade
 * percentages) of A, and {@code shown}: the run and A whose values the edit fields were filled
 * with (when either changed, the fields are refilled from the new A instead of compared).
 */
record WhatIfForm(
        UUID run, String a, String b, String shown, boolean compare, String sort, Map<String, String> fields) {

    static final String EDIT = "edit";
    static final String RUN = "run";
    static final String WEIGHT = "w.";
    static final String GRADE = "g.";

    WhatIfForm {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static WhatIfForm of(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(WEIGHT) || name.startsWith(GRADE)) {
                fields.put(name, value == null ? "" : value.strip());
            }
        });
        return new WhatIfForm(
                uuid(params.get("run")),
                blankToNull(params.get("a")) == null ? RUN : params.get("a"),
                blankToNull(params.get("b")),
                blankToNull(params.get("shown")),
                params.containsKey("compare"),
                "movement".equals(params.get("sort")) ? "movement" : "pool",
                fields);
    }

    /** What the edit fields were filled for: the run and scheme A. */
    public String current() {
        return run + "|" + a;
    }

    /** Whether the edit fields hold values for the current run and scheme A. */
    public boolean editsCurrent() {
        return current().equals(shown);
    }

    Alternative base() {
        return choice(a);
    }

    /** Scheme B; the names of edit fields that are not numbers are added to {@code unreadable}. */
    Alternative alternative(List<String> unreadable) {
        if (!EDIT.equals(b)) {
            Alternative choice = choice(b);
            return choice == Alternative.RUN ? null : choice;
        }
        Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> grades = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            boolean weight = name.startsWith(WEIGHT);
            String rest = name.substring(2);
            int dot = rest.lastIndexOf('.');
            if (dot <= 0) {
                return;
            }
            String pool = rest.substring(0, dot);
            String key = rest.substring(dot + 1);
            BigDecimal number = number(value);
            if (number == null && !value.isEmpty()) {
                unreadable.add(name);
            }
            (weight ? weights : grades)
                    .computeIfAbsent(pool, k -> new LinkedHashMap<>())
                    .put(key, number);
        });
        return Alternative.ofEdits(weights, grades);
    }

    /** The value an edit field shows: what was entered, or scheme A's when it was not for this A. */
    Map<String, String> editValues(Scheme schemeA) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Scheme.Pool pool : schemeA.pools()) {
            for (Scheme.WeightedIndicator indicator : pool.indicators()) {
                values.put(
                        WEIGHT + pool.name() + "." + indicator.code(),
                        indicator.weight().toPlainString());
            }
            pool.grades()
                    .forEach((grade, share) -> values.put(GRADE + pool.name() + "." + grade, share.toPlainString()));
        }
        if (editsCurrent()) {
            fields.forEach((name, value) -> {
                if (values.containsKey(name)) {
                    values.put(name, value);
                }
            });
        }
        return values;
    }

    /** The form field an API error path names: {@code alternative.weights.P.C} → {@code w.P.C}. */
    static String formField(String errorField) {
        if (errorField == null) {
            return null;
        }
        if (errorField.startsWith("alternative.weights.")) {
            return WEIGHT + errorField.substring("alternative.weights.".length());
        }
        if (errorField.startsWith("alternative.grades.")) {
            return GRADE + errorField.substring("alternative.grades.".length());
        }
        return null;
    }

    private static Alternative choice(String value) {
        if (value == null || value.equals(RUN)) {
            return Alternative.RUN;
        }
        if (value.startsWith("preset:")) {
            return Alternative.ofPreset(value.substring("preset:".length()));
        }
        if (value.startsWith("scheme:")) {
            UUID id = uuid(value.substring("scheme:".length()));
            return id == null ? Alternative.RUN : Alternative.ofStored(id);
        }
        return Alternative.RUN;
    }

    private static BigDecimal number(String value) {
        try {
            return value.isEmpty() ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
