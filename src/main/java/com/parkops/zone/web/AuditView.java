package com.parkops.zone.web;

import com.parkops.zone.AuditRecord;
import com.parkops.zone.Zones;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns audit records into what a reader sees: times in the zone's time zone, the kind of record
 * and the action in the reader's language (the raw code when no label is known).
 */
@Component
class AuditView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One changed field. */
    record ChangeRow(String field, String from, String to) {}

    /** One entry as shown in the browser. */
    record Row(
            String time,
            String actor,
            String action,
            String entityType,
            String entityTypeCode,
            String entityId,
            String summary,
            List<ChangeRow> changes) {}

    /** A selectable kind of record. */
    record Option(String code, String label) {}

    private final Zones zones;
    private final MessageSource messages;

    AuditView(Zones zones, MessageSource messages) {
        this.zones = zones;
        this.messages = messages;
    }

    ZoneId timeZone(UUID zoneId) {
        return zones.find(zoneId).map(zone -> ZoneId.of(zone.timeZone())).orElse(ZoneId.of("Asia/Shanghai"));
    }

    List<Row> rows(List<AuditRecord> records, ZoneId zone, Locale locale) {
        return records.stream().map(record -> row(record, zone, locale)).toList();
    }

    List<Option> options(List<String> entityTypes, Locale locale) {
        return entityTypes.stream()
                .map(type -> new Option(type, label("audit.type." + type, type, locale)))
                .toList();
    }

    private Row row(AuditRecord record, ZoneId zone, Locale locale) {
        var changes = record.changes().entrySet().stream()
                .map(change -> new ChangeRow(
                        change.getKey(),
                        text(change.getValue().from()),
                        text(change.getValue().to())))
                .toList();
        return new Row(
                TIME.format(record.occurredAt().atZone(zone)),
                record.actor(),
                label("audit.action." + record.action(), record.action(), locale),
                label("audit.type." + record.entityType(), record.entityType(), locale),
                record.entityType(),
                record.entityId(),
                record.summary(),
                changes);
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
