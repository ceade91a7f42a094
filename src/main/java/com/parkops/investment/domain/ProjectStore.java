package com.parkops.investment.domain;

import com.parkops.investment.Stage;
import com.parkops.shared.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of {@code investment.project} and its history. Column names come from this module's code
 * only, never from input; every update is guarded by the version the caller read.
 */
@Repository
class ProjectStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final InvestmentMessages messages;

    ProjectStore(JdbcClient jdbc, Clock clock, InvestmentMessages messages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    void insert(UUID zoneId, UUID id, String actor, Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String values = columns.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        JdbcClient.StatementSpec insert = jdbc.sql(
                        "insert into investment.project (zone_id, id, created_by, created_at, " + names
                                + ") values (:zone, :id, :actor, :now, " + values + ")")
                .param("zone", zoneId)
                .param("id", id)
                .param("actor", actor)
                .param("now", now());
        columns.forEach(insert::param);
        insert.update();
    }

    /** Sets the columns if the row still has {@code version}; a stale version is a conflict. */
    void update(UUID zoneId, UUID id, int version, Map<String, Object> columns) {
        String sets = columns.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        JdbcClient.StatementSpec update = jdbc.sql(
                        "update investment.project set " + sets
                                + ", version = version + 1, updated_at = :now where zone_id = :zone and id = :id and version = :version")
                .param("zone", zoneId)
                .param("id", id)
                .param("version", version)
                .param("now", now());
        columns.forEach(update::param);
        if (update.update() == 0) {
            throw new ConflictException(messages.text("investment.error.stale"));
        }
    }

    void log(
            UUID zoneId, UUID projectId, String kind, Stage from, Stage to, LocalDate on, String reason, String actor) {
        jdbc.sql("""
                        insert into investment.project_event
                            (zone_id, project_id, seq, kind, from_stage, to_stage, on_date, reason, actor, at)
                        values (:zone, :project,
                                (select coalesce(max(seq), 0) + 1 from investment.project_event
                                 where zone_id = :zone and project_id = :project),
                                :kind, :from, :to, :on, :reason, :actor, :at)
                        """)
                .param("zone", zoneId)
                .param("project", projectId)
                .param("kind", kind)
                .param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name())
                .param("on", on)
                .param("reason", reason)
                .param("actor", actor)
                .param("at", now())
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
