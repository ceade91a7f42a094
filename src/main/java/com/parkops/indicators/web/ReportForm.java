package com.parkops.indicators.web;

import com.parkops.indicators.SubmissionView;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The month's reporting form: figures as typed (indicator code → text), the overall explanation
 * and one explanation per flagged figure; {@code action} is {@code save} or {@code submit}.
 */
record ReportForm(
        Map<String, String> values,

        @Size(max = 4000, message = "{reporting.error.tooLong}")
        String explanation,

        Map<String, String> explanations,
        Integer version,
        String action) {

    ReportForm {
        values = values == null ? Map.of() : new HashMap<>(values);
        explanations = explanations == null ? Map.of() : new HashMap<>(explanations);
    }

    static ReportForm empty() {
        return new ReportForm(Map.of(), null, Map.of(), null, null);
    }

    static ReportForm of(SubmissionView report) {
        Map<String, String> texts = new HashMap<>();
        report.figures()
                .forEach((code, value) ->
                        texts.put(code, value.stripTrailingZeros().toPlainString()));
        return new ReportForm(texts, report.explanation(), report.explanations(), report.version(), null);
    }

    boolean submitting() {
        return "submit".equals(action);
    }

    /**
     * The figures of the given indicators as numbers; a blank one is not reported, one that is not a
     * number goes to {@code errors} (code → message).
     */
    Map<String, BigDecimal> figures(
            Collection<String> codes, Map<String, String> errors, Function<String, String> notNumber) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String code : codes) {
            String text = values.get(code);
            if (text == null || text.isBlank()) {
                continue;
            }
            String cleaned = text.strip().replace(",", "").replace("，", "");
            try {
                figures.put(code, new BigDecimal(cleaned));
            } catch (NumberFormatException e) {
                errors.put(code, notNumber.apply(text.strip()));
            }
        }
        return figures;
    }

    /** Explanations longer than the limit, as errors (code → message). */
    void checkExplanations(Map<String, String> errors, String tooLong) {
        explanations.forEach((code, text) -> {
            if (text != null && text.length() > 2000) {
                errors.put("explanations." + code, tooLong);
            }
        });
    }
}
