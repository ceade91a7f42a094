package com.parkops.registry.web;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditRecord;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One audited change of an enterprise, at the zone's local time, as the detail page lists it. */
record TimelineEntry(LocalDateTime at, String actor, String action, String summary, List<FieldChange> changes) {

    /** {@code field} is the audit key, e.g. {@code landM2}; values are as recorded. */
    record FieldChange(String field, Object from, Object to) {}

    static TimelineEntry of(AuditRecord record, ZoneId zone) {
        return new TimelineEntry(
                LocalDateTime.ofInstant(record.occurredAt(), zone),
                record.actor(),
                record.action(),
                record.summary(),
                record.changes().entrySet().stream().map(TimelineEntry::change).toList());
    }

    private static FieldChange change(Map.Entry<String, AuditEntry.Change> entry) {
        return new FieldChange(
                entry.getKey(), entry.getValue().from(), entry.getValue().to());
    }
}
