package com.parkops.investment.domain;

import com.parkops.investment.ProjectView;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Audit entries of projects, keyed by the project's code. */
@Component
class ProjectAudit {

    static final String ENTITY = "investment-project";

    private final AuditLog audit;

    ProjectAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(
            UUID zoneId,
            String actor,
            String code,
            String action,
            String summary,
            ProjectView before,
            ProjectView after) {
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                code,
                action,
                summary,
                AuditEntry.diff(before == null ? Map.of() : snapshot(before), snapshot(after))));
    }

    /** The project linked to (or unlinked from) a registry enterprise by credit code. */
    void linked(UUID zoneId, String actor, String code, String summary, String before, String after) {
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("creditCode", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("creditCode", after);
        audit.record(
                new AuditEntry(zoneId, actor, ENTITY, code, "link-enterprise", summary, AuditEntry.diff(was, now)));
    }

    static Map<String, Object> snapshot(ProjectView p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", p.code());
        fields.put("name", p.name());
        fields.put("investor", p.investor());
        fields.put("investorCountry", p.investorCountry());
        fields.put("investorContact", p.investorContact());
        fields.put("capitalSource", p.capitalSource());
        fields.put("amount", p.amount());
        fields.put("usdRate", p.usdRate());
        fields.put("chain", p.chain());
        fields.put("stage", p.stage());
        fields.put("closedAs", p.closedAs());
        fields.put("closedReason", p.closedReason());
        fields.put("teamId", p.teamId());
        fields.put("ownerName", p.ownerName());
        fields.put("nicheLeader", p.nicheLeader());
        fields.put("listedCompany", p.listedCompany());
        fields.put("landMu", p.landMu());
        fields.put("fundsInPlace", p.fundsInPlace());
        fields.put("note", p.note());
        p.stageDates().forEach((stage, on) -> fields.put(StageColumns.of(stage), on));
        return fields;
    }
}
