package com.parkops.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An enterprise's report of one month as pages and the API show it.
 *
 * @param figures indicator code → value on {@code basis}, in the catalogue's units
 * @param findings the data-quality findings of these figures, as last checked
 * @param explanation the enterprise's overall explanation, or null
 * @param explanations indicator code → the enterprise's explanation of that figure
 * @param returnReason why staff last returned it, while it is returned or edited after a return
 * @param version the version to send back with an edit, so concurrent edits are refused
 */
public record SubmissionView(
        UUID id,
        UUID enterpriseId,
        String creditCode,
        String enterpriseName,
        YearMonth period,
        Basis basis,
        SubmissionStatus status,
        Map<String, BigDecimal> figures,
        List<SubmissionFinding> findings,
        String explanation,
        Map<String, String> explanations,
        String returnReason,
        String submittedBy,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        int version) {

    public SubmissionView {
        figures = Map.copyOf(figures);
        findings = List.copyOf(findings);
        explanations = Map.copyOf(explanations);
    }

    public boolean flagged() {
        return !findings.isEmpty();
    }

    /** Whether every finding is explained, by its own text or by the overall explanation. */
    public boolean explained() {
        return Explanations.covers(explanation, explanations, findings);
    }

    /** Whether staff may accept it now: submitted, and any finding explained. */
    public boolean acceptable() {
        return status == SubmissionStatus.SUBMITTED && explained();
    }

    /** The findings about one figure. */
    public List<SubmissionFinding> findingsOf(String field) {
        return findings.stream().filter(f -> field.equals(f.field())).toList();
    }
}
