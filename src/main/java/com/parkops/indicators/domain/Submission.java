package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.Explanations;
import com.parkops.indicators.SubmissionFinding;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.Submissions;
import com.parkops.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An enterprise's report of one month, with its guarded life cycle: DRAFT → SUBMITTED → ACCEPTED
 * or RETURNED; a returned report is edited and submitted again; an accepted one may be reopened
 * as a correction (back to DRAFT). A report whose figures have findings can be submitted, and
 * accepted, only once they are explained. Illegal moves throw {@link ConflictException}. Each move
 * adds an {@link Submissions.Event} to {@link #newEvents()} for the history.
 */
final class Submission {

    private final UUID id;
    private final UUID enterpriseId;
    private final YearMonth period;
    private Basis basis;
    private SubmissionStatus status;
    private Map<String, BigDecimal> figures;
    private List<SubmissionFinding> findings;
    private String explanation;
    private Map<String, String> explanations;
    private String returnReason;
    private int version;
    private final List<Submissions.Event> newEvents = new ArrayList<>();

    /** The stored state of a report. */
    record State(
            UUID id,
            UUID enterpriseId,
            YearMonth period,
            Basis basis,
            SubmissionStatus status,
            Map<String, BigDecimal> figures,
            List<SubmissionFinding> findings,
            String explanation,
            Map<String, String> explanations,
            String returnReason,
            int version) {}

    private Submission(State state) {
        this.id = state.id();
        this.enterpriseId = state.enterpriseId();
        this.period = state.period();
        this.basis = state.basis();
        this.status = state.status();
        this.figures = Map.copyOf(state.figures());
        this.findings = List.copyOf(state.findings());
        this.explanation = state.explanation();
        this.explanations = Map.copyOf(state.explanations());
        this.returnReason = state.returnReason();
        this.version = state.version();
    }

    /** A new, empty draft. */
    static Submission start(UUID enterpriseId, YearMonth period, Basis basis) {
        return new Submission(new State(
                UUID.randomUUID(),
                enterpriseId,
                period,
                basis,
                SubmissionStatus.DRAFT,
                Map.of(),
                List.of(),
                null,
                Map.of(),
                null,
                -1));
    }

    static Submission restore(State state) {
        return new Submission(state);
    }

    /** Replaces the figures, their findings and the explanations (DRAFT or RETURNED only). */
    void edit(
            Basis newBasis,
            Map<String, BigDecimal> newFigures,
            List<SubmissionFinding> newFindings,
            String newExplanation,
            Map<String, String> newExplanations) {
        if (!status.editable()) {
            throw illegal("edit");
        }
        basis = newBasis;
        figures = Map.copyOf(newFigures);
        findings = List.copyOf(newFindings);
        explanation = Explanations.blank(newExplanation) ? null : newExplanation.strip();
        explanations = cleaned(newExplanations);
    }

    /** Sends the report for review (DRAFT or RETURNED, with figures, every finding explained). */
    void submit(String actor, Instant at) {
        if (!status.editable()) {
            throw illegal("submit");
        }
        if (figures.isEmpty()) {
            throw new ConflictException("A report without figures cannot be submitted (没有填报任何数据，不能提交)");
        }
        if (!explained()) {
            throw new ConflictException("Explain every flagged figure before submitting (请先对标记的数据作出说明)");
        }
        status = SubmissionStatus.SUBMITTED;
        returnReason = null;
        newEvents.add(
                new Submissions.Event("SUBMITTED", actor, at, figures, findings, explanation, explanations, null));
    }

    /** Accepts a submitted report whose findings are all explained. */
    void accept(String actor, Instant at) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw illegal("accept");
        }
        if (!explained()) {
            throw new ConflictException(
                    "A flagged report without an explanation cannot be accepted (有异常提示但未说明的报表不能通过)");
        }
        status = SubmissionStatus.ACCEPTED;
        returnReason = null;
        newEvents.add(event("ACCEPTED", actor, at, null));
    }

    /** Sends a submitted report back to the enterprise with a reason. */
    void returnForChanges(String actor, Instant at, String reason) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw illegal("return");
        }
        if (Explanations.blank(reason)) {
            throw new IllegalArgumentException("A reason is required to return a report (退回必须填写原因)");
        }
        status = SubmissionStatus.RETURNED;
        returnReason = reason.strip();
        newEvents.add(event("RETURNED", actor, at, returnReason));
    }

    /** Opens an accepted report for a correction; its accepted figures count until the next acceptance. */
    void reopen(String actor, Instant at) {
        if (status != SubmissionStatus.ACCEPTED) {
            throw illegal("reopen");
        }
        status = SubmissionStatus.DRAFT;
        newEvents.add(event("REOPENED", actor, at, null));
    }

    boolean flagged() {
        return !findings.isEmpty();
    }

    boolean explained() {
        return Explanations.covers(explanation, explanations, findings);
    }

    /** The findings not covered by an explanation (all of them, or none, when there is an overall one). */
    List<SubmissionFinding> unexplained() {
        if (explained()) {
            return List.of();
        }
        return findings.stream()
                .filter(f -> f.field() == null || Explanations.blank(explanations.get(f.field())))
                .toList();
    }

    State state() {
        return new State(
                id,
                enterpriseId,
                period,
                basis,
                status,
                figures,
                findings,
                explanation,
                explanations,
                returnReason,
                version);
    }

    boolean isNew() {
        return version < 0;
    }

    /** Moves that happened since the report was loaded, oldest first. */
    List<Submissions.Event> newEvents() {
        return List.copyOf(newEvents);
    }

    /** Called by the store once the state and events are written. */
    void stored(int newVersion) {
        version = newVersion;
        newEvents.clear();
    }

    UUID id() {
        return id;
    }

    UUID enterpriseId() {
        return enterpriseId;
    }

    YearMonth period() {
        return period;
    }

    Basis basis() {
        return basis;
    }

    SubmissionStatus status() {
        return status;
    }

    Map<String, BigDecimal> figures() {
        return figures;
    }

    int version() {
        return version;
    }

    private Submissions.Event event(String action, String actor, Instant at, String reason) {
        return new Submissions.Event(action, actor, at, null, null, null, null, reason);
    }

    private ConflictException illegal(String move) {
        return new ConflictException(
                "A %s report cannot %s (当前状态不允许此操作)".formatted(status.name().toLowerCase(java.util.Locale.ROOT), move));
    }

    private static Map<String, String> cleaned(Map<String, String> texts) {
        Map<String, String> kept = new java.util.TreeMap<>();
        if (texts != null) {
            texts.forEach((field, text) -> {
                if (field != null && !Explanations.blank(text)) {
                    kept.put(field, text.strip());
                }
            });
        }
        return kept;
    }
}
