package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationObjections;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Objection;
import com.parkops.evaluation.ObjectionStatus;
import com.parkops.evaluation.RunStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Objections and their attachments in the {@code evaluation} schema. */
@Component
class ObjectionStore {

    private static final String SELECT = """
            select o.*, r.year, r.scheme_name, r.status as run_status, r.objection_until,
                   res.credit_code, res.enterprise_name, res.grade
            from evaluation.objection o
            join evaluation.run r on r.zone_id = o.zone_id and r.id = o.run_id
            join evaluation.result res on res.zone_id = o.zone_id and res.run_id = o.run_id
                and res.enterprise_id = o.enterprise_id
            """;

    private static final String QUEUE_WHERE = """
             where o.zone_id = :zone
              and (cast(:run as uuid) is null or o.run_id = :run)
              and (cast(:status as text) is null or o.status = :status)
            """;

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the run's row until the end of the transaction and gives its status and window, so
     * that filing, finalizing and superseding a run never overlap; empty when there is no such
     * run.
     */
    Optional<LockedRun> lockRun(UUID zoneId, UUID runId, boolean exclusive) {
        return jdbc.sql("select status, objection_until from evaluation.run where zone_id = :zone and id = :id for "
                        + (exclusive ? "update" : "share"))
                .param("zone", zoneId)
                .param("id", runId)
                .query((rs, row) -> {
                    Date until = rs.getDate("objection_until");
                    return new LockedRun(
                            RunStatus.valueOf(rs.getString("status")), until == null ? null : until.toLocalDate());
                })
                .optional();
    }

    /** A run's status and window as read under a row lock. */
    record LockedRun(RunStatus status, java.time.LocalDate objectionUntil) {}

    boolean hasResult(UUID zoneId, UUID runId, UUID enterpriseId) {
        return jdbc.sql("""
                        select count(*) from evaluation.result
                        where zone_id = :zone and run_id = :run and enterprise_id = :enterprise
                        """)
                        .param("zone", zoneId)
                        .param("run", runId)
                        .param("enterprise", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean hasOpen(UUID zoneId, UUID runId, UUID enterpriseId) {
        return jdbc.sql("""
                        select count(*) from evaluation.objection
                        where zone_id = :zone and run_id = :run and enterprise_id = :enterprise and status = 'FILED'
                        """)
                        .param("zone", zoneId)
                        .param("run", runId)
                        .param("enterprise", enterpriseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** How many objections to the run are in the given status. */
    long count(UUID zoneId, UUID runId, ObjectionStatus status) {
        return jdbc.sql("""
                        select count(*) from evaluation.objection
                        where zone_id = :zone and run_id = :run and status = :status
                        """)
                .param("zone", zoneId)
                .param("run", runId)
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    void insert(UUID zoneId, UUID id, UUID runId, UUID enterpriseId, String reason, String actor) {
        jdbc.sql("""
                insert into evaluation.objection (zone_id, id, run_id, enterprise_id, reason, filed_by)
                values (:zone, :id, :run, :enterprise, :reason, :actor)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("run", runId)
                .param("enterprise", enterpriseId)
                .param("reason", reason)
                .param("actor", actor)
                .update();
    }

    void insertAttachment(UUID zoneId, UUID objectionId, int position, EvaluationObjections.NewFile file) {
        jdbc.sql("""
                insert into evaluation.objection_attachment
                    (zone_id, id, objection_id, position, file_name, content_type, size_bytes, content)
                values (:zone, :id, :objection, :position, :name, :type, :size, :content)
                """)
                .param("zone", zoneId)
                .param("id", UUID.randomUUID())
                .param("objection", objectionId)
                .param("position", position)
                .param("name", file.name())
                .param("type", file.contentType())
                .param("size", (long) file.content().length)
                .param("content", file.content())
                .update();
    }

    /** Decides a filed objection; false when it was decided already or its version moved on. */
    boolean decide(
            UUID zoneId, UUID id, ObjectionStatus decision, String reason, String actor, Integer expectedVersion) {
        return jdbc.sql("""
                        update evaluation.objection
                        set status = :status, decision_reason = :reason, decided_by = :actor, decided_at = now(),
                            version = version + 1
                        where zone_id = :zone and id = :id and status = 'FILED'
                          and (cast(:version as integer) is null or version = :version)
                        """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("status", decision.name())
                        .param("reason", reason)
                        .param("actor", actor)
                        .param("version", expectedVersion)
                        .update()
                == 1;
    }

    Optional<Objection> find(UUID zoneId, UUID id) {
        List<Objection> found = withAttachments(
                zoneId,
                jdbc.sql(SELECT + " where o.zone_id = :zone and o.id = :id")
                        .param("zone", zoneId)
                        .param("id", id)
                        .query(this::row)
                        .list());
        return found.stream().findFirst();
    }

    List<Objection> ofRun(UUID zoneId, UUID runId, UUID enterpriseId) {
        return withAttachments(
                zoneId,
                jdbc.sql(SELECT + """
                         where o.zone_id = :zone and o.run_id = :run
                          and (cast(:enterprise as uuid) is null or o.enterprise_id = :enterprise)
                        order by o.filed_at desc
                        """)
                        .param("zone", zoneId)
                        .param("run", runId)
                        .param("enterprise", enterpriseId)
                        .query(this::row)
                        .list());
    }

    List<Objection> queue(UUID zoneId, EvaluationObjections.Filter filter, int page, int size) {
        return withAttachments(
                zoneId,
                jdbc.sql(SELECT + QUEUE_WHERE + """
                        order by (o.status = 'FILED') desc,
                                 case when o.status = 'FILED' then o.filed_at end asc,
                                 o.decided_at desc, o.id
                        limit :size offset :offset
                        """)
                        .param("zone", zoneId)
                        .param("run", filter.runId())
                        .param(
                                "status",
                                filter.status() == null ? null : filter.status().name())
                        .param("size", size)
                        .param("offset", (long) page * size)
                        .query(this::row)
                        .list());
    }

    long queueSize(UUID zoneId, EvaluationObjections.Filter filter) {
        return jdbc.sql("select count(*) from evaluation.objection o" + QUEUE_WHERE)
                .param("zone", zoneId)
                .param("run", filter.runId())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .query(Long.class)
                .single();
    }

    Optional<EvaluationObjections.Download> attachment(UUID zoneId, UUID objectionId, UUID attachmentId) {
        return jdbc.sql("""
                        select file_name, content_type, content from evaluation.objection_attachment
                        where zone_id = :zone and objection_id = :objection and id = :id
                        """)
                .param("zone", zoneId)
                .param("objection", objectionId)
                .param("id", attachmentId)
                .query((rs, row) -> new EvaluationObjections.Download(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private List<Objection> withAttachments(UUID zoneId, List<Objection> objections) {
        if (objections.isEmpty()) {
            return objections;
        }
        Map<UUID, List<Objection.Attachment>> files = new HashMap<>();
        jdbc.sql("""
                        select objection_id, id, file_name, content_type, size_bytes
                        from evaluation.objection_attachment
                        where zone_id = :zone and objection_id in (:ids)
                        order by objection_id, position
                        """)
                .param("zone", zoneId)
                .param("ids", objections.stream().map(Objection::id).toList())
                .query(rs -> {
                    files.computeIfAbsent(rs.getObject("objection_id", UUID.class), k -> new ArrayList<>())
                            .add(new Objection.Attachment(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("file_name"),
                                    rs.getString("content_type"),
                                    rs.getLong("size_bytes")));
                });
        return objections.stream()
                .map(o -> new Objection(
                        o.id(),
                        o.runId(),
                        o.year(),
                        o.schemeName(),
                        o.runStatus(),
                        o.objectionUntil(),
                        o.enterpriseId(),
                        o.creditCode(),
                        o.enterpriseName(),
                        o.grade(),
                        o.status(),
                        o.reason(),
                        o.filedBy(),
                        o.filedAt(),
                        o.decisionReason(),
                        o.decidedBy(),
                        o.decidedAt(),
                        o.version(),
                        files.getOrDefault(o.id(), List.of())))
                .toList();
    }

    private Objection row(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("objection_until");
        return new Objection(
                rs.getObject("id", UUID.class),
                rs.getObject("run_id", UUID.class),
                rs.getInt("year"),
                rs.getString("scheme_name"),
                RunStatus.valueOf(rs.getString("run_status")),
                until == null ? null : until.toLocalDate(),
                rs.getObject("enterprise_id", UUID.class),
                rs.getString("credit_code"),
                rs.getString("enterprise_name"),
                Grade.valueOf(rs.getString("grade")),
                ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("filed_by"),
                instant(rs.getTimestamp("filed_at")),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")),
                rs.getInt("version"),
                List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
