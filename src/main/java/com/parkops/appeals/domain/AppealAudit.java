package com.parkops.appeals.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records each step of an appeal in the zone's audit log, keyed by its case number. */
@Component
class AppealAudit {

    static final String ENTITY = "appeal";

    private final AuditLog audit;

    AppealAudit(AuditLog audit) {
        this.audit = audit;
    }

    void step(UUID zoneId, Intake intake, LoggedEvent event) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("state", event.fromState() == null ? null : event.fromState().name());
        after.put("state", event.toState().name());
        before.put("departmentId", event.departmentId());
        after.put("departmentId", event.assignedDepartmentId());
        before.put("deadline", event.deadline());
        after.put("deadline", event.nextDeadline());
        if (event.text() != null) {
            after.put("text", event.text());
        }
        audit.record(new AuditEntry(
                zoneId,
                event.actor().username(),
                ENTITY,
                intake.caseNumber(),
                event.kind().path(),
                intake.title(),
                AuditEntry.diff(before, after)));
    }

    void changed(
            UUID zoneId,
            String actor,
            String caseNumber,
            String action,
            String summary,
            Map<String, ?> from,
            Map<String, ?> to) {
        audit.record(new AuditEntry(zoneId, actor, ENTITY, caseNumber, action, summary, AuditEntry.diff(from, to)));
    }
}
