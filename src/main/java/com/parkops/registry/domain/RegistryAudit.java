package com.parkops.registry.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Registry writes as audit entries; enterprise facts are keyed by credit code. */
@Component
class RegistryAudit {

    static final String ENTERPRISE = "enterprise";
    static final String SETTINGS = "registry-settings";
    static final String CHAIN = "chain";

    private final AuditLog log;

    RegistryAudit(AuditLog log) {
        this.log = log;
    }

    void enterprise(
            UUID zoneId,
            String actor,
            String creditCode,
            String action,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        log.record(
                new AuditEntry(zoneId, actor, ENTERPRISE, creditCode, action, summary, AuditEntry.diff(before, after)));
    }

    void record(
            UUID zoneId,
            String actor,
            String type,
            String id,
            String action,
            String summary,
            Map<String, ?> before,
            Map<String, ?> after) {
        log.record(new AuditEntry(zoneId, actor, type, id, action, summary, AuditEntry.diff(before, after)));
    }
}
