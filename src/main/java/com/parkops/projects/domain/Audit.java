package com.parkops.projects.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records project-advancement writes in the zone's audit log. */
@Component
class Audit {

    private final AuditLog log;

    Audit(AuditLog log) {
        this.log = log;
    }

    void record(
            UUID zoneId,
            String actor,
            String entity,
            Object id,
            String action,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        log.record(new AuditEntry(
                zoneId, actor, entity, String.valueOf(id), action, summary, AuditEntry.diff(before, after)));
    }
}
