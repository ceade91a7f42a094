package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.SubmissionFinding;
import com.parkops.indicators.SubmissionView;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The lines of a report as its pages show them: each indicator with its label and unit, the
 * figure, the findings about it and the enterprise's explanation, beside the accepted figures of
 * the month before and a year before.
 */
@Component
class ReportRows {

    /**
     * One indicator of a report.
     *
     * @param text the figure as typed or stored, for an input or a cell
     * @param error why the typed figure was refused, or null
     */
    record Row(
            String code,
            String label,
            String unit,
            String text,
            BigDecimal value,
            String error,
            List<String> findings,
            String explanation,
            FigureComparisons.Comparison comparison) {

        public boolean flagged() {
            return !findings.isEmpty();
        }
    }

    private final ReportingFields fields;
    private final FigureComparisons comparisons;

    ReportRows(ReportingFields fields, FigureComparisons comparisons) {
        this.fields = fields;
        this.comparisons = comparisons;
    }

    /** Every indicator of the catalogue, for the form; the figures as typed. */
    List<Row> forForm(
            UUID zoneId,
            UUID enterpriseId,
            YearMonth period,
            Basis basis,
            ReportForm form,
            Optional<SubmissionView> report,
            Map<String, String> errors,
            Locale locale) {
        List<SubmissionFinding> findings = report.map(SubmissionView::findings).orElse(List.of());
        Map<String, BigDecimal> stored = report.map(SubmissionView::figures).orElse(Map.of());
        Map<String, FigureComparisons.Comparison> compared =
                comparisons.of(zoneId, enterpriseId, period, basis, stored);
        List<Row> rows = new ArrayList<>();
        for (ReportingFields.Field field : fields.of(zoneId, period, locale)) {
            String code = field.code();
            rows.add(new Row(
                    code,
                    field.label(),
                    field.unit(),
                    form.values().get(code),
                    stored.get(code),
                    errors.get(code),
                    messages(findings, code, locale),
                    form.explanations().get(code),
                    compared.get(code)));
        }
        return rows;
    }

    /** The reported or flagged indicators of a report, read-only. */
    List<Row> forReport(UUID zoneId, SubmissionView report, Locale locale) {
        Map<String, FigureComparisons.Comparison> compared =
                comparisons.of(zoneId, report.enterpriseId(), report.period(), report.basis(), report.figures());
        List<Row> rows = new ArrayList<>();
        for (ReportingFields.Field field : fields.of(zoneId, report.period(), locale)) {
            String code = field.code();
            BigDecimal value = report.figures().get(code);
            List<String> flagged = messages(report.findings(), code, locale);
            if (value == null && flagged.isEmpty()) {
                continue;
            }
            rows.add(new Row(
                    code,
                    field.label(),
                    field.unit(),
                    value == null ? null : value.stripTrailingZeros().toPlainString(),
                    value,
                    null,
                    flagged,
                    report.explanations().get(code),
                    compared.get(code)));
        }
        return rows;
    }

    /** Messages of the findings about no single figure. */
    static List<String> general(List<SubmissionFinding> findings, Locale locale) {
        return findings.stream()
                .filter(f -> f.field() == null)
                .map(f -> f.message(locale))
                .toList();
    }

    private static List<String> messages(List<SubmissionFinding> findings, String code, Locale locale) {
        return findings.stream()
                .filter(f -> code.equals(f.field()))
                .map(f -> f.message(locale))
                .toList();
    }
}
