package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.ObjectionStatus;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What objections and corrections add to the run lifecycle: a run is finalized only once every
 * objection is decided and none was upheld (an upheld objection is answered by a corrected run,
 * which supersedes this one), and publishing a corrected run supersedes the run it corrects.
 * Each check holds the run's row lock, so no objection slips in between check and move.
 */
@Component
class RunLifecycleGuard {

    private final ObjectionStore objections;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EvaluationMessages messages;

    RunLifecycleGuard(ObjectionStore objections, JdbcClient jdbc, AuditLog audit, EvaluationMessages messages) {
        this.objections = objections;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    /** Before PUBLISHED → FINAL: conflict while objections are open, upheld or being corrected. */
    void requireSettled(UUID zoneId, UUID runId) {
        objections.lockRun(zoneId, runId, true);
        long filed = objections.count(zoneId, runId, ObjectionStatus.FILED);
        if (filed > 0) {
            throw new ConflictException(messages.text("objections.error.finalizePending", filed));
        }
        if (pendingCorrection(zoneId, runId).isPresent()) {
            throw new ConflictException(messages.text("objections.error.finalizeCorrection"));
        }
        long upheld = objections.count(zoneId, runId, ObjectionStatus.UPHELD);
        if (upheld > 0) {
            throw new ConflictException(messages.text("objections.error.finalizeUpheld", upheld));
        }
    }

    /**
     * When a corrected run is published, the run it corrects (still PUBLISHED, every objection
     * decided) becomes SUPERSEDED and points to it; otherwise conflict. Nothing for other runs.
     */
    void supersedeOnPublish(UUID zoneId, String actor, EvaluationRun corrected) {
        UUID oldId = corrected.supersedes();
        if (oldId == null) {
            return;
        }
        ObjectionStore.LockedRun old = objections
                .lockRun(zoneId, oldId, true)
                .orElseThrow(() -> new NotFoundException("evaluation run " + oldId));
        if (old.status() != RunStatus.PUBLISHED) {
            throw new ConflictException(messages.text(
                    "objections.error.supersedeStatus", messages.text("evaluation.status." + old.status())));
        }
        long filed = objections.count(zoneId, oldId, ObjectionStatus.FILED);
        if (filed > 0) {
            throw new ConflictException(messages.text("objections.error.supersedePending", filed));
        }
        jdbc.sql("""
                update evaluation.run set status = 'SUPERSEDED', superseded_by = :by, version = version + 1
                where zone_id = :zone and id = :id and status = 'PUBLISHED'
                """)
                .param("zone", zoneId)
                .param("id", oldId)
                .param("by", corrected.id())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", RunStatus.SUPERSEDED.name());
        after.put("supersededBy", corrected.id());
        audit.record(new AuditEntry(
                zoneId,
                actor,
                JdbcEvaluationRuns.ENTITY,
                oldId.toString(),
                "supersede",
                corrected.year() + " " + corrected.schemeName(),
                AuditEntry.diff(Map.of("status", RunStatus.PUBLISHED.name()), after)));
    }

    /** The draft that corrects the run, if there is one. */
    Optional<UUID> pendingCorrection(UUID zoneId, UUID runId) {
        return jdbc.sql("""
                select id from evaluation.run
                where zone_id = :zone and supersedes = :run and status = 'DRAFT'
                order by created_at desc limit 1
                """)
                .param("zone", zoneId)
                .param("run", runId)
                .query(UUID.class)
                .optional();
    }
}
