package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Service
class JdbcAuditLog implements AuditLog {

    private static final TypeReference<LinkedHashMap<String, AuditEntry.Change>> CHANGES = new TypeReference<>() {};

    private static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcAuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                insert into zone.audit_event
                    (zone_id, id, actor, action, entity_type, entity_id, summary, changes)
                values (:zone, :id, :actor, :action, :type, :entity, :summary, cast(:changes as jsonb))
                """)
                .param("zone", entry.zoneId())
                .param("id", UUID.randomUUID())
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("type", entry.entityType())
                .param("entity", entry.entityId())
                .param("summary", entry.summary())
                .param("changes", json.writeValueAsString(entry.changes()))
                .update();
    }

    @Override
    public List<AuditRecord> history(UUID zoneId, String entityType, String entityId) {
        return jdbc.sql("""
                select occurred_at, actor, entity_type, entity_id, action, summary, changes::text as changes
                from zone.audit_event
                where zone_id = :zone and entity_type = :type and entity_id = :entity
                order by occurred_at desc
                limit 500
                """)
                .param("zone", zoneId)
                .param("type", entityType)
                .param("entity", entityId)
                .query((rs, n) -> toRecord(rs))
                .list();
    }

    @Override
    public Page search(UUID zoneId, Query query, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int number = Math.max(page, 0);
        var criteria = new AuditCriteria(zoneId, query);
        long total = criteria.bind(jdbc.sql("select count(*) from zone.audit_event where " + criteria.where()))
                .query(Long.class)
                .single();
        List<AuditRecord> items = criteria.bind(jdbc.sql("""
                        select occurred_at, actor, entity_type, entity_id, action, summary, changes::text as changes
                        from zone.audit_event
                        where %s
                        order by occurred_at desc, id
                        limit :limit offset :offset
                        """.formatted(criteria.where())))
                .param("limit", limit)
                .param("offset", (long) number * limit)
                .query((rs, n) -> toRecord(rs))
                .list();
        return new Page(items, number, limit, total);
    }

    @Override
    public List<String> entityTypes(UUID zoneId) {
        return jdbc.sql("select distinct entity_type from zone.audit_event where zone_id = :zone order by entity_type")
                .param("zone", zoneId)
                .query(String.class)
                .list();
    }

    private AuditRecord toRecord(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("action"),
                rs.getString("summary"),
                parse(rs.getString("changes")));
    }

    Map<String, AuditEntry.Change> parse(String changes) {
        return json.readValue(changes, CHANGES);
    }
}
