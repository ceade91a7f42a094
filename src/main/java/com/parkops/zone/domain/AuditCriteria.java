package com.parkops.zone.domain;

import com.parkops.zone.AuditLog;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/** The where clause of an audit search: only the criteria given, always within one zone. */
record AuditCriteria(UUID zoneId, AuditLog.Query query) {

    String where() {
        List<String> conditions = new ArrayList<>();
        conditions.add("zone_id = :zone");
        if (present(query.entityType())) {
            conditions.add("entity_type = :type");
        }
        if (present(query.entityId())) {
            conditions.add("entity_id = :entity");
        }
        if (present(query.actor())) {
            conditions.add("lower(actor) = lower(:actor)");
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
        }
        if (query.until() != null) {
            conditions.add("occurred_at < :until");
        }
        return String.join(" and ", conditions);
    }

    StatementSpec bind(StatementSpec statement) {
        statement = statement.param("zone", zoneId);
        if (present(query.entityType())) {
            statement = statement.param("type", query.entityType().strip());
        }
        if (present(query.entityId())) {
            statement = statement.param("entity", query.entityId().strip());
        }
        if (present(query.actor())) {
            statement = statement.param("actor", query.actor().strip());
        }
        if (query.from() != null) {
            statement = statement.param("from", Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            statement = statement.param("until", Timestamp.from(query.until()));
        }
        return statement;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
