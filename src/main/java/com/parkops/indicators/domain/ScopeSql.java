package com.parkops.indicators.domain;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.GroupBy;
import java.util.Map;

/**
 * The SQL that selects a scope's enterprises from {@code registry.enterprise_profile e}, with the
 * same group expressions as the summary, so a drill-down lists exactly the enterprises of the row
 * it came from. The group value is bound as {@code :group}.
 */
final class ScopeSql {

    private static final Map<GroupBy, String> GROUP = Map.of(
            GroupBy.ZONE, "'zone'",
            GroupBy.CHAIN, "e.chain",
            GroupBy.ENTERPRISE, "e.credit_code::text",
            GroupBy.SCALE, "lower(e.scale)",
            GroupBy.INDUSTRY, "left(e.industry_code, 3)");

    private ScopeSql() {}

    /** A condition on {@code e} that holds for the scope's enterprises. */
    static String condition(AnalysisScope scope) {
        if (scope.groupBy() == GroupBy.ZONE) {
            return "true";
        }
        return "(" + GROUP.get(scope.groupBy()) + ") is not distinct from cast(:group as text)";
    }

    /** The value bound to {@code :group}. */
    static String group(AnalysisScope scope) {
        return scope.group();
    }
}
