package com.parkops.appeals.domain;

import com.parkops.appeals.AppealRules;
import com.parkops.appeals.MetricBase;
import com.parkops.appeals.MetricDefinitions;
import com.parkops.shared.ConflictException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A zone's metric definitions ({@code appeals.metric_definitions}), the defaults without a row. */
@Component
class MetricDefinitionStore {

    private final JdbcClient jdbc;
    private final AppealRules rules;
    private final AuditLog audit;
    private final AppealMessages messages;

    MetricDefinitionStore(JdbcClient jdbc, AppealRules rules, AuditLog audit, AppealMessages messages) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
        this.messages = messages;
    }

    MetricDefinitions of(UUID zoneId) {
        var satisfied = rules.settings(zoneId).satisfied();
        return jdbc.sql("select * from appeals.metric_definitions where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, n) -> new MetricDefinitions(
                        MetricBase.valueOf(rs.getString("resolution_base")),
                        MetricBase.valueOf(rs.getString("settlement_base")),
                        rs.getBoolean("count_merged"),
                        satisfied,
                        rs.getInt("version")))
                .optional()
                .orElse(MetricDefinitions.defaults(satisfied));
    }

    @Transactional
    MetricDefinitions save(ZoneUser admin, MetricDefinitions d) {
        UUID zone = admin.zoneId();
        MetricDefinitions before = of(zone);
        if (d.version() != before.version()) {
            throw new ConflictException(messages.text("appeals.metrics.error.stale"));
        }
        int changed = jdbc.sql("""
                insert into appeals.metric_definitions (zone_id, resolution_base, settlement_base, count_merged,
                    version, updated_by, updated_at)
                values (:zone, :resolution, :settlement, :merged, 1, :actor, now())
                on conflict (zone_id) do update set resolution_base = excluded.resolution_base,
                    settlement_base = excluded.settlement_base, count_merged = excluded.count_merged,
                    version = appeals.metric_definitions.version + 1, updated_by = excluded.updated_by,
                    updated_at = now()
                where appeals.metric_definitions.version = :version
                """)
                .param("zone", zone)
                .param("resolution", d.resolutionBase().name())
                .param("settlement", d.settlementBase().name())
                .param("merged", d.countMerged())
                .param("actor", admin.getUsername())
                .param("version", d.version())
                .update();
        if (changed == 0) {
            throw new ConflictException(messages.text("appeals.metrics.error.stale"));
        }
        MetricDefinitions after = of(zone);
        audit.record(new AuditEntry(
                zone,
                admin.getUsername(),
                "appeal-metric-definitions",
                zone.toString(),
                "update",
                messages.stored("appeals.metrics.audit.definitions"),
                AuditEntry.diff(snapshot(before), snapshot(after))));
        return after;
    }

    private static Map<String, Object> snapshot(MetricDefinitions d) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("resolutionBase", d.resolutionBase().name());
        values.put("settlementBase", d.settlementBase().name());
        values.put("countMerged", d.countMerged());
        return values;
    }
}
