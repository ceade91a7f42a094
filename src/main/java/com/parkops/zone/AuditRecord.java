package com.parkops.zone;

import java.time.Instant;
import java.util.Map;

/** A recorded write, as read back from the audit log. */
public record AuditRecord(
        Instant occurredAt,
        String actor,
        String entityType,
        String entityId,
        String action,
        String summary,
        Map<String, AuditEntry.Change> changes) {}
