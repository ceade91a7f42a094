package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationPolicies;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.GradePolicy;
import com.parkops.evaluation.PolicyTable;
import com.parkops.evaluation.Priority;
import com.parkops.shared.ConflictException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The policy table per zone in {@code evaluation.policy} and {@code evaluation.policy_grade}. */
@Service
class JdbcEvaluationPolicies implements EvaluationPolicies {

    static final String ENTITY = "evaluation-policy";

    private record Header(int version, String updatedBy, Timestamp updatedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EvaluationMessages messages;
    private final PolicyRules rules;

    JdbcEvaluationPolicies(JdbcClient jdbc, AuditLog audit, EvaluationMessages messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.rules = new PolicyRules(messages);
    }

    @Override
    public PolicyTable table(UUID zoneId) {
        var header = jdbc.sql("select version, updated_by, updated_at from evaluation.policy where zone_id = :zone")
                .param("zone", zoneId)
                .query((rs, row) -> new Header(rs.getInt(1), rs.getString(2), rs.getTimestamp(3)))
                .optional();
        if (header.isEmpty()) {
            return new PolicyTable(PolicyDefaults.all(messages::text), 0, false, null, null);
        }
        Map<Grade, GradePolicy> stored = new EnumMap<>(Grade.class);
        jdbc.sql("select * from evaluation.policy_grade where zone_id = :zone")
                .param("zone", zoneId)
                .query(JdbcEvaluationPolicies::policy)
                .list()
                .forEach(policy -> stored.put(policy.grade(), policy));
        List<GradePolicy> grades = java.util.Arrays.stream(Grade.values())
                .map(grade -> stored.getOrDefault(grade, PolicyDefaults.of(grade, messages::text)))
                .toList();
        Header h = header.get();
        return new PolicyTable(
                grades, h.version(), true, h.updatedBy(), h.updatedAt().toInstant());
    }

    @Override
    @Transactional
    public PolicyTable save(UUID zoneId, String actor, int version, List<GradePolicy> grades) {
        rules.check(grades);
        PolicyTable before = table(zoneId);
        if (before.version() != version || !claim(zoneId, actor, before.stored(), version)) {
            throw new ConflictException(messages.text("consequences.error.stale"));
        }
        jdbc.sql("delete from evaluation.policy_grade where zone_id = :zone")
                .param("zone", zoneId)
                .update();
        List<GradePolicy> sorted =
                grades.stream().sorted(Comparator.comparing(GradePolicy::grade)).toList();
        sorted.forEach(policy -> insert(zoneId, policy));
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                zoneId.toString(),
                before.stored() ? "update" : "create",
                "v" + (version + 1),
                AuditEntry.diff(before.stored() ? flat(before.grades()) : Map.of(), flat(sorted))));
        return table(zoneId);
    }

    /** Takes the next version: inserts the header or bumps it; false when someone was first. */
    private boolean claim(UUID zoneId, String actor, boolean stored, int version) {
        String sql = stored ? """
                update evaluation.policy set version = version + 1, updated_by = :actor, updated_at = now()
                where zone_id = :zone and version = :version
                """ : """
                insert into evaluation.policy (zone_id, version, updated_by) values (:zone, :version + 1, :actor)
                on conflict (zone_id) do nothing
                """;
        return jdbc.sql(sql)
                        .param("zone", zoneId)
                        .param("actor", actor)
                        .param("version", version)
                        .update()
                == 1;
    }

    private void insert(UUID zoneId, GradePolicy policy) {
        jdbc.sql("""
                insert into evaluation.policy_grade (zone_id, grade, electricity_surcharge, water_surcharge,
                    sewage_surcharge, land_tax_reduction, land_priority, energy_priority, emission_priority, credit,
                    other_measures)
                values (:zone, :grade, :electricity, :water, :sewage, :reduction, :land, :energy, :emission, :credit,
                    :other)
                """)
                .param("zone", zoneId)
                .param("grade", policy.grade().name())
                .param("electricity", policy.electricitySurcharge())
                .param("water", policy.waterSurcharge())
                .param("sewage", policy.sewageSurcharge())
                .param("reduction", policy.landTaxReduction())
                .param("land", policy.landPriority().name())
                .param("energy", policy.energyPriority().name())
                .param("emission", policy.emissionPriority().name())
                .param("credit", policy.credit())
                .param("other", policy.otherMeasures())
                .update();
    }

    /** The table as {@code A.electricitySurcharge → 0.00} … for the audit diff. */
    private static Map<String, Object> flat(List<GradePolicy> grades) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (GradePolicy p : grades) {
            String g = p.grade().name() + ".";
            values.put(g + "electricitySurcharge", p.electricitySurcharge());
            values.put(g + "waterSurcharge", p.waterSurcharge());
            values.put(g + "sewageSurcharge", p.sewageSurcharge());
            values.put(g + "landTaxReduction", p.landTaxReduction());
            values.put(g + "landPriority", p.landPriority().name());
            values.put(g + "energyPriority", p.energyPriority().name());
            values.put(g + "emissionPriority", p.emissionPriority().name());
            values.put(g + "credit", p.credit());
            values.put(g + "otherMeasures", p.otherMeasures());
        }
        return values;
    }

    private static GradePolicy policy(ResultSet rs, int row) throws SQLException {
        return new GradePolicy(
                Grade.valueOf(rs.getString("grade")),
                rs.getBigDecimal("electricity_surcharge"),
                rs.getBigDecimal("water_surcharge"),
                rs.getBigDecimal("sewage_surcharge"),
                rs.getBigDecimal("land_tax_reduction"),
                Priority.valueOf(rs.getString("land_priority")),
                Priority.valueOf(rs.getString("energy_priority")),
                Priority.valueOf(rs.getString("emission_priority")),
                rs.getString("credit"),
                rs.getString("other_measures"));
    }
}
