package com.parkops.indicators.web;

import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A report in the API: {@code period} is {@code YYYY-MM}, {@code basis} {@code monthly} or
 * {@code ytd}, {@code values} indicator code → figure on that basis, findings in the caller's
 * language.
 */
record SubmissionJson(
        UUID id,
        String creditCode,
        String enterpriseName,
        String period,
        String basis,
        String status,
        Map<String, BigDecimal> values,
        List<FindingJson> findings,
        boolean flagged,
        boolean explained,
        String explanation,
        Map<String, String> explanations,
        String returnReason,
        String submittedBy,
        Instant submittedAt,
        String decidedBy,
        Instant decidedAt,
        int version) {

    /** A finding about one figure ({@code field} = indicator code, or null for the whole report). */
    record FindingJson(String field, String message) {}

    /** One step of a report's history. */
    record EventJson(
            String action,
            String actor,
            Instant at,
            Map<String, BigDecimal> values,
            List<FindingJson> findings,
            String explanation,
            Map<String, String> explanations,
            String reason) {

        static EventJson of(Submissions.Event event, Locale locale) {
            return new EventJson(
                    event.action(),
                    event.actor(),
                    event.at(),
                    event.figures(),
                    event.findings() == null
                            ? null
                            : event.findings().stream()
                                    .map(f -> new FindingJson(f.field(), f.message(locale)))
                                    .toList(),
                    event.explanation(),
                    event.explanations(),
                    event.reason());
        }
    }

    /** A page of reports; {@code page} counts from 0. */
    record PageJson(List<SubmissionJson> content, int page, int size, long totalElements, int totalPages) {

        static PageJson of(Submissions.Page page, Locale locale) {
            return new PageJson(
                    page.items().stream()
                            .map(view -> SubmissionJson.of(view, locale))
                            .toList(),
                    page.number(),
                    page.size(),
                    page.totalElements(),
                    page.totalPages());
        }
    }

    static SubmissionJson of(SubmissionView view, Locale locale) {
        return new SubmissionJson(
                view.id(),
                view.creditCode(),
                view.enterpriseName(),
                view.period().toString(),
                view.basis().name().toLowerCase(Locale.ROOT),
                view.status().name(),
                view.figures(),
                view.findings().stream()
                        .map(f -> new FindingJson(f.field(), f.message(locale)))
                        .toList(),
                view.flagged(),
                view.explained(),
                view.explanation(),
                view.explanations(),
                view.returnReason(),
                view.submittedBy(),
                view.submittedAt(),
                view.decidedBy(),
                view.decidedAt(),
                view.version());
    }
}
