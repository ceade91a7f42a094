package com.parkops.zone;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit trail: every write in every module is recorded here, and can be read back. */
public interface AuditLog {

    /**
     * What to look for; every criterion is optional (null or blank = any).
     *
     * @param entityType exact kind of record, e.g. {@code enterprise}
     * @param entityId exact business key or id, e.g. a credit code
     * @param actor exact user name, case-insensitive
     * @param from earliest time, inclusive
     * @param until latest time, exclusive
     */
    record Query(String entityType, String entityId, String actor, Instant from, Instant until) {

        public static Query any() {
            return new Query(null, null, null, null, null);
        }
    }

    /** One page of entries, newest first; {@code number} counts from 0. */
    record Page(List<AuditRecord> items, int number, int size, long totalElements) {

        public Page {
            items = List.copyOf(items);
        }

        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        }
    }

    /** Records one write. Call it in the same transaction as the write itself. */
    void record(AuditEntry entry);

    /** The history of one record, newest first. */
    List<AuditRecord> history(UUID zoneId, String entityType, String entityId);

    /** Entries of one zone matching the query, newest first; {@code size} is capped at 200. */
    Page search(UUID zoneId, Query query, int page, int size);

    /** The kinds of record the zone's log holds, alphabetically. */
    List<String> entityTypes(UUID zoneId);
}
