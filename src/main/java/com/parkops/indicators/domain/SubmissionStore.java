package com.parkops.indicators.domain;

import com.parkops.indicators.Submissions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes reports (the aggregate) to {@code indicators.submission} and their new history entries to
 * {@code indicators.submission_event}, refusing a stale version.
 */
@Repository
class SubmissionStore {

    private final JdbcClient jdbc;
    private final SubmissionRows rows;

    SubmissionStore(JdbcClient jdbc, SubmissionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    Optional<Submission> load(UUID zoneId, UUID id) {
        return jdbc.sql("select * from indicators.submission where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> Submission.restore(rows.state(rs)))
                .optional();
    }

    Optional<Submission> load(UUID zoneId, UUID enterpriseId, YearMonth period) {
        return jdbc.sql("""
                select * from indicators.submission
                where zone_id = :zone and enterprise_id = :enterprise and period = :period
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("period", Date.valueOf(period.atDay(1)))
                .query((rs, n) -> Submission.restore(rows.state(rs)))
                .optional();
    }

    /**
     * Writes the report's state and new events, checking the version it was loaded with.
     *
     * @throws OptimisticLockingFailureException when someone else saved it meanwhile
     */
    void save(UUID zoneId, Submission submission, String actor) {
        Submission.State state = submission.state();
        int version;
        if (submission.isNew()) {
            version = insert(zoneId, state, actor);
        } else {
            version = update(zoneId, state, actor);
        }
        for (Submissions.Event event : submission.newEvents()) {
            append(zoneId, state.id(), event);
        }
        submission.stored(version);
    }

    /** Links an accepted report to the batch that wrote its figures. */
    void acceptedAs(UUID zoneId, UUID id, UUID batchId) {
        jdbc.sql("update indicators.submission set batch_id = :batch where zone_id = :zone and id = :id")
                .param("batch", batchId)
                .param("zone", zoneId)
                .param("id", id)
                .update();
    }

    private int insert(UUID zoneId, Submission.State state, String actor) {
        try {
            jdbc.sql("""
                    insert into indicators.submission (zone_id, id, enterprise_id, period, basis, status, figures,
                        findings, explanation, explanations, return_reason, created_by, updated_by)
                    values (:zone, :id, :enterprise, :period, :basis, :status, cast(:figures as jsonb),
                        cast(:findings as jsonb), :explanation, cast(:explanations as jsonb), :reason, :actor, :actor)
                    """)
                    .params(columns(zoneId, state, actor))
                    .param("enterprise", state.enterpriseId())
                    .param("period", Date.valueOf(state.period().atDay(1)))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new OptimisticLockingFailureException("The month's report was started meanwhile", raced);
        }
        return 0;
    }

    private int update(UUID zoneId, Submission.State state, String actor) {
        int updated = jdbc.sql("""
                update indicators.submission
                set basis = :basis, status = :status, figures = cast(:figures as jsonb),
                    findings = cast(:findings as jsonb), explanation = :explanation,
                    explanations = cast(:explanations as jsonb), return_reason = :reason,
                    updated_by = :actor, updated_at = now(), version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                .params(columns(zoneId, state, actor))
                .param("version", state.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Report " + state.id() + " was changed meanwhile");
        }
        return state.version() + 1;
    }

    private Map<String, Object> columns(UUID zoneId, Submission.State state, String actor) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("zone", zoneId);
        columns.put("id", state.id());
        columns.put("basis", state.basis().name());
        columns.put("status", state.status().name());
        columns.put("figures", rows.write(new TreeMap<>(state.figures())));
        columns.put("findings", rows.write(state.findings()));
        columns.put("explanation", state.explanation());
        columns.put("explanations", rows.write(state.explanations()));
        columns.put("reason", state.returnReason());
        columns.put("actor", actor);
        return columns;
    }

    private void append(UUID zoneId, UUID id, Submissions.Event event) {
        jdbc.sql("""
                insert into indicators.submission_event (zone_id, submission_id, action, actor, occurred_at,
                    figures, findings, explanation, explanations, reason)
                values (:zone, :id, :action, :actor, :at, cast(:figures as jsonb), cast(:findings as jsonb),
                    :explanation, cast(:explanations as jsonb), :reason)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("action", event.action())
                .param("actor", event.actor())
                .param("at", Timestamp.from(event.at()))
                .param("figures", rows.write(event.figures()))
                .param("findings", rows.write(event.findings()))
                .param("explanation", event.explanation())
                .param("explanations", rows.write(event.explanations()))
                .param("reason", event.reason())
                .update();
        String stamp = switch (event.action()) {
            case "SUBMITTED" -> "submitted_by = :actor, submitted_at = :at";
            case "ACCEPTED", "RETURNED" -> "decided_by = :actor, decided_at = :at";
            default -> null;
        };
        if (stamp != null) {
            jdbc.sql("update indicators.submission set " + stamp + " where zone_id = :zone and id = :id")
                    .param("actor", event.actor())
                    .param("at", Timestamp.from(event.at()))
                    .param("zone", zoneId)
                    .param("id", id)
                    .update();
        }
    }
}
