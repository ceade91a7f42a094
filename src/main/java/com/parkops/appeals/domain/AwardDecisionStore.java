package com.parkops.appeals.domain;

import com.parkops.appeals.AwardDecision;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The committee's decisions ({@code appeals.award}); department names come from the caller. */
@Component
class AwardDecisionStore {

    private static final String SELECT = "select * from appeals.award where zone_id = :zone ";

    private final JdbcClient jdbc;

    AwardDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a decision; false when the candidate was decided already. */
    boolean insert(UUID zoneId, AwardDecision d) {
        try {
            jdbc.sql("""
                    insert into appeals.award (zone_id, id, award, department_id, year, quarter, decision, note, rules,
                        cases, decided_by, decided_at)
                    values (:zone, :id, :award, :department, :year, :quarter, :decision, :note,
                        cast(:rules as text[]), cast(:cases as text[]), :by, :at)
                    """)
                    .param("zone", zoneId)
                    .param("id", d.id())
                    .param("award", d.award().name())
                    .param("department", d.departmentId())
                    .param("year", d.year())
                    .param("quarter", d.quarter())
                    .param("decision", d.status() == AwardDecision.Status.DISMISSED ? "DISMISSED" : "CONFIRMED")
                    .param("note", d.note())
                    .param("rules", literal(d.rules().stream().map(Enum::name).toList()))
                    .param("cases", literal(d.cases()))
                    .param("by", d.decidedBy())
                    .param("at", AppealStore.ts(d.decidedAt()))
                    .update();
            return true;
        } catch (DuplicateKeyException decided) {
            return false;
        }
    }

    void submitted(UUID zoneId, AwardDecision d, String text, String by, Instant at) {
        changed(jdbc.sql("""
                        update appeals.award set rectification = :text, submitted_by = :by, submitted_at = :at,
                            version = version + 1
                        where zone_id = :zone and id = :id and version = :version
                        """)
                .param("text", text)
                .param("by", by)
                .param("at", AppealStore.ts(at))
                .param("zone", zoneId)
                .param("id", d.id())
                .param("version", d.version())
                .update());
    }

    void accepted(UUID zoneId, AwardDecision d, String note, String by, Instant at) {
        changed(jdbc.sql("""
                        update appeals.award set acceptance_note = :note, accepted_by = :by, accepted_at = :at,
                            version = version + 1
                        where zone_id = :zone and id = :id and version = :version
                        """)
                .param("note", note)
                .param("by", by)
                .param("at", AppealStore.ts(at))
                .param("zone", zoneId)
                .param("id", d.id())
                .param("version", d.version())
                .update());
    }

    /** Sends the submitted rectification back: held without rectification again, the return kept. */
    void returned(UUID zoneId, AwardDecision d, String reason, String by, Instant at) {
        changed(jdbc.sql("""
                        update appeals.award set returned_text = rectification, return_reason = :reason,
                            returned_by = :by, returned_at = :at, returns = returns + 1,
                            rectification = null, submitted_by = null, submitted_at = null, version = version + 1
                        where zone_id = :zone and id = :id and version = :version
                        """)
                .param("reason", reason)
                .param("by", by)
                .param("at", AppealStore.ts(at))
                .param("zone", zoneId)
                .param("id", d.id())
                .param("version", d.version())
                .update());
    }

    /** One decision, read only. */
    Optional<AwardDecision> find(UUID zoneId, UUID id, Function<UUID, String> names) {
        return jdbc.sql(SELECT + "and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> row(rs, names))
                .optional();
    }

    /** One decision, locked for the rest of the transaction (before a change). */
    Optional<AwardDecision> lock(UUID zoneId, UUID id, Function<UUID, String> names) {
        return jdbc.sql(SELECT + "and id = :id for update")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> row(rs, names))
                .optional();
    }

    List<AwardDecision> list(UUID zoneId, Function<UUID, String> names) {
        return jdbc.sql(SELECT + "order by year desc, quarter desc, award, decided_at")
                .param("zone", zoneId)
                .query((rs, n) -> row(rs, names))
                .list();
    }

    List<AwardDecision> ofQuarter(UUID zoneId, int year, int quarter, Function<UUID, String> names) {
        return jdbc.sql(SELECT + "and year = :year and quarter = :quarter")
                .param("zone", zoneId)
                .param("year", year)
                .param("quarter", quarter)
                .query((rs, n) -> row(rs, names))
                .list();
    }

    /** A PostgreSQL array literal of the texts, each quoted. */
    static String literal(List<String> values) {
        return values.stream()
                .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static void changed(int rows) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException("award decision changed since it was read");
        }
    }

    private static AwardDecision row(ResultSet rs, Function<UUID, String> names) throws SQLException {
        UUID department = rs.getObject("department_id", UUID.class);
        Instant submitted = AppealStore.instant(rs, "submitted_at");
        Instant accepted = AppealStore.instant(rs, "accepted_at");
        AwardDecision.Status status;
        if ("DISMISSED".equals(rs.getString("decision"))) {
            status = AwardDecision.Status.DISMISSED;
        } else if (accepted != null) {
            status = AwardDecision.Status.RECTIFIED;
        } else if (submitted != null) {
            status = AwardDecision.Status.SUBMITTED;
        } else {
            status = AwardDecision.Status.HELD;
        }
        return new AwardDecision(
                rs.getObject("id", UUID.class),
                AwardKind.valueOf(rs.getString("award")),
                department,
                names.apply(department),
                rs.getInt("year"),
                rs.getInt("quarter"),
                status,
                rs.getString("note"),
                Arrays.stream((String[]) rs.getArray("rules").getArray())
                        .map(AwardRule::valueOf)
                        .toList(),
                List.of((String[]) rs.getArray("cases").getArray()),
                rs.getString("decided_by"),
                AppealStore.instant(rs, "decided_at"),
                rs.getString("rectification"),
                rs.getString("submitted_by"),
                submitted,
                rs.getString("accepted_by"),
                accepted,
                rs.getString("acceptance_note"),
                returned(rs),
                rs.getInt("version"));
    }

    private static AwardDecision.Returned returned(ResultSet rs) throws SQLException {
        int times = rs.getInt("returns");
        return times == 0
                ? null
                : new AwardDecision.Returned(
                        times,
                        rs.getString("return_reason"),
                        rs.getString("returned_by"),
                        AppealStore.instant(rs, "returned_at"),
                        rs.getString("returned_text"));
    }
}
