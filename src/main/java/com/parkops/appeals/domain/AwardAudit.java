package com.parkops.appeals.domain;

import com.parkops.appeals.AwardDecision;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Audit entries of award decisions and rectification, keyed by the decision's id. */
@Component
class AwardAudit {

    static final String ENTITY = "appeal-award";

    private final AuditLog audit;
    private final AppealMessages messages;

    AwardAudit(AuditLog audit, AppealMessages messages) {
        this.audit = audit;
        this.messages = messages;
    }

    void decided(ZoneUser user, AwardDecision d) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("award", d.award().name());
        after.put("departmentId", d.departmentId());
        after.put("quarter", d.year() + "Q" + d.quarter());
        after.put("status", d.status().name());
        after.put("note", d.note());
        after.put("rules", d.rules().stream().map(Enum::name).toList());
        after.put("cases", d.cases());
        record(user, d, d.status() == AwardDecision.Status.DISMISSED ? "dismiss" : "confirm", Map.of(), after);
    }

    void rectification(ZoneUser user, AwardDecision before, AwardDecision after, String action) {
        record(user, after, action, snapshot(before), snapshot(after));
    }

    private void record(ZoneUser user, AwardDecision d, String action, Map<String, ?> from, Map<String, ?> to) {
        String summary = messages.stored(
                "appeals.awards.audit." + action,
                messages.stored("appeals.awards.kind." + d.award().name()),
                d.departmentName(),
                d.year(),
                d.quarter());
        audit.record(new AuditEntry(
                user.zoneId(),
                user.getUsername(),
                ENTITY,
                d.id().toString(),
                action,
                summary,
                AuditEntry.diff(from, to)));
    }

    private static Map<String, Object> snapshot(AwardDecision d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", d.status().name());
        values.put("rectification", d.rectification());
        values.put("acceptanceNote", d.acceptanceNote());
        values.put("returnReason", d.returned() == null ? null : d.returned().reason());
        return values;
    }
}
