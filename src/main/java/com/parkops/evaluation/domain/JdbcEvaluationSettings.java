package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationSettings;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The zone's objection window (公示期), {@code evaluation.settings}; defaults until first saved. */
@Service
class JdbcEvaluationSettings implements EvaluationSettings {

    static final String ENTITY = "evaluation-settings";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EvaluationMessages messages;

    JdbcEvaluationSettings(JdbcClient jdbc, AuditLog audit, EvaluationMessages messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public Settings get(UUID zoneId) {
        return jdbc.sql("select objection_days, version from evaluation.settings where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, row) -> new Settings(rs.getInt("objection_days"), rs.getInt("version")))
                .optional()
                .orElse(new Settings(DEFAULT_OBJECTION_DAYS, 0));
    }

    @Override
    @Transactional
    public Settings update(UUID zoneId, String actor, Integer objectionDays, Integer version) {
        if (objectionDays == null || objectionDays < MIN_OBJECTION_DAYS || objectionDays > MAX_OBJECTION_DAYS) {
            throw new InvalidInputException(
                    messages.text("objections.settings.error.invalid"),
                    List.of(messages.error(
                            "objectionDays",
                            "objections.settings.error.days",
                            MIN_OBJECTION_DAYS,
                            MAX_OBJECTION_DAYS)));
        }
        Settings before = get(zoneId);
        int written = jdbc.sql("""
                        insert into evaluation.settings as s (zone_id, objection_days, version)
                        values (:zone, :days, 1)
                        on conflict (zone_id) do update set objection_days = :days, version = s.version + 1
                        where cast(:version as integer) is null or s.version = :version
                        """)
                .param("zone", zoneId)
                .param("days", objectionDays)
                .param("version", version)
                .update();
        if (written == 0 || (version != null && version != before.version())) {
            throw new ConflictException(messages.text("evaluation.error.stale"));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                zoneId.toString(),
                "update",
                "objectionDays",
                AuditEntry.diff(
                        Map.of("objectionDays", before.objectionDays()), Map.of("objectionDays", objectionDays))));
        return get(zoneId);
    }
}
