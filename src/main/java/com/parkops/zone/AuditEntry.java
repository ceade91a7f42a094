package com.parkops.zone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One write to be audited.
 *
 * @param zoneId the zone the record belongs to
 * @param actor user name of who wrote it ({@code system} for start-up work)
 * @param entityType the kind of record, e.g. {@code enterprise}
 * @param entityId the record's business key or id
 * @param action {@code create}, {@code update}, {@code delete} or a workflow verb
 * @param summary a short human-readable line
 * @param changes field name to its old and new value
 */
public record AuditEntry(
        UUID zoneId,
        String actor,
        String entityType,
        String entityId,
        String action,
        String summary,
        Map<String, Change> changes) {

    /** One field's change. */
    public record Change(Object from, Object to) {}

    public AuditEntry {
        changes = Map.copyOf(changes);
    }

    /**
     * The fields whose values differ between two snapshots of a record; a field missing from one
     * side counts as null there.
     */
    public static Map<String, Change> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (var key : union(before, after)) {
            Object from = before.get(key);
            Object to = after.get(key);
            if (!Objects.equals(normalize(from), normalize(to))) {
                changes.put(key, new Change(normalize(from), normalize(to)));
            }
        }
        return changes;
    }

    private static Iterable<String> union(Map<String, ?> a, Map<String, ?> b) {
        var keys = new java.util.LinkedHashSet<String>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Object normalize(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString();
    }
}
