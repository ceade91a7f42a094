package com.parkops.appeals.domain;

import com.parkops.appeals.AwardRule;
import com.parkops.appeals.AwardRuleHit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rule hits found so far, per department. */
final class RuleHits {

    private final Map<UUID, Map<AwardRule, AwardRuleHit>> byDepartment = new LinkedHashMap<>();

    void add(UUID departmentId, AwardRuleHit hit) {
        byDepartment
                .computeIfAbsent(departmentId, d -> new EnumMap<>(AwardRule.class))
                .put(hit.rule(), hit);
    }

    Map<UUID, Map<AwardRule, AwardRuleHit>> byDepartment() {
        return byDepartment;
    }

    List<AwardRuleHit> of(UUID departmentId) {
        return List.copyOf(byDepartment.getOrDefault(departmentId, Map.of()).values());
    }
}
