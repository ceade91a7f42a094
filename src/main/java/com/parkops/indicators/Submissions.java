package com.parkops.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Enterprises' monthly reports (企业月度填报) and their review by staff. An enterprise fills a
 * month on the zone's basis ({@code parkops.indicators.reporting.basis}, year-to-date by default),
 * saves drafts and submits; every save runs the data-quality rules, and a report with findings
 * is refused on submission until each flagged figure (or the report as a whole) is explained.
 * Staff accept a submitted report, which writes its figures as the month's accepted revision
 * (source {@code SUBMISSION}), or return it with a reason. Every write is audited. Callers scope
 * enterprise users to their own enterprise; every call is scoped to one zone.
 */
public interface Submissions {

    /**
     * What an enterprise sends.
     *
     * @param basis null for the zone's default basis
     * @param values indicator code → figure on {@code basis}; absent = not reported
     * @param version the version the enterprise edited, or null to skip the check
     * @param submit whether to submit for review, or only save a draft
     */
    record Draft(
            YearMonth period,
            Basis basis,
            Map<String, BigDecimal> values,
            String explanation,
            Map<String, String> explanations,
            Integer version,
            boolean submit) {

        public Draft {
            values = Map.copyOf(values);
            explanations = explanations == null ? Map.of() : Map.copyOf(explanations);
        }
    }

    /**
     * A query of reports; null criteria match anything.
     *
     * @param drafts whether drafts are included: they are the enterprise's own work in progress,
     *     listed to itself but not to staff
     */
    record Filter(YearMonth period, SubmissionStatus status, Boolean flagged, UUID enterpriseId, boolean drafts) {

        /** Every report of one enterprise, drafts included, as the enterprise sees them. */
        public static Filter own(UUID enterpriseId, YearMonth period, SubmissionStatus status, Boolean flagged) {
            return new Filter(period, status, flagged, enterpriseId, true);
        }

        /** The zone's reports as staff see them: no drafts. */
        public static Filter zone(YearMonth period, SubmissionStatus status, Boolean flagged) {
            return new Filter(period, status, flagged, null, false);
        }
    }

    /** One page of reports, by period (newest first) then enterprise name; {@code number} counts from 0. */
    record Page(List<SubmissionView> items, int number, int size, long totalElements) {

        public Page {
            items = List.copyOf(items);
        }

        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        }
    }

    /**
     * One step in a report's history, with what it said at the time.
     *
     * @param action {@code SUBMITTED}, {@code RETURNED}, {@code ACCEPTED} or {@code REOPENED}
     * @param figures the figures submitted (SUBMITTED only)
     * @param reason the reason given for a return
     */
    record Event(
            String action,
            String actor,
            Instant at,
            Map<String, BigDecimal> figures,
            List<SubmissionFinding> findings,
            String explanation,
            Map<String, String> explanations,
            String reason) {}

    /**
     * A month of an enterprise's reporting calendar.
     *
     * @param open whether the month can be reported yet (it has begun)
     * @param dueOn the last day to submit, in the zone's time zone
     * @param status the report's state, or null when none was started
     * @param recorded whether the month has accepted figures from any source (e.g. a staff import)
     * @param overdue the due day has passed and the month is neither submitted nor recorded
     */
    record Month(
            YearMonth period,
            boolean open,
            LocalDate dueOn,
            SubmissionStatus status,
            UUID submissionId,
            boolean recorded,
            boolean overdue) {}

    /** The basis enterprises report on unless they say otherwise. */
    Basis defaultBasis();

    /** The current month in the zone's time zone. */
    YearMonth thisMonth(UUID zoneId);

    /** The enterprise's twelve months of a year. */
    List<Month> calendar(UUID zoneId, UUID enterpriseId, int year);

    Optional<SubmissionView> find(UUID zoneId, UUID id);

    Optional<SubmissionView> find(UUID zoneId, UUID enterpriseId, YearMonth period);

    /** Reports matching the filter; {@code size} is capped at 200. */
    Page search(UUID zoneId, Filter filter, int page, int size);

    /**
     * Saves the enterprise's figures for the month as a draft, checked against the quality rules,
     * and submits them when asked. Saving an accepted month reopens it as a correction.
     *
     * @throws com.parkops.shared.InvalidInputException when a figure is invalid; nothing is saved
     * @throws ExplanationRequiredException when submission is asked but a finding is unexplained;
     *     the figures are saved as a draft
     * @throws com.parkops.shared.ConflictException while the report is under review
     * @throws org.springframework.dao.OptimisticLockingFailureException when {@code version} is stale
     */
    SubmissionView save(UUID zoneId, String actor, UUID enterpriseId, Draft draft);

    /**
     * Accepts a submitted report: its figures become the month's accepted revision.
     *
     * @throws com.parkops.shared.ConflictException when it is not submitted, or a finding is unexplained
     */
    SubmissionView accept(UUID zoneId, String actor, UUID id, Integer version);

    /**
     * Returns a submitted report to the enterprise.
     *
     * @throws IllegalArgumentException when the reason is blank
     * @throws com.parkops.shared.ConflictException when it is not submitted
     */
    SubmissionView returnForChanges(UUID zoneId, String actor, UUID id, Integer version, String reason);

    /** The report's history, newest first. */
    List<Event> history(UUID zoneId, UUID id);
}
