package com.parkops.zone;

import java.util.List;
import java.util.UUID;

/** The audit trail: every write in every module is recorded here, and can be read back. */
public interface AuditLog {

    /** Records one write. Call it in the same transaction as the write itself. */
    void record(AuditEntry entry);

    /** The history of one record, newest first. */
    List<AuditRecord> history(UUID zoneId, String entityType, String entityId);
}
