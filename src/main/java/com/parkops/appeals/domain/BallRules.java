package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AwardEvidence;
import com.parkops.appeals.AwardRule;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.AwardSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * 踢皮球奖 rules over the handling log of a quarter (see docs/appeals.md, "Reverse incentives"):
 * returns rejected as unjustified, cases passed around before they stuck, and a re-dispatch rate
 * well above the zone's.
 */
final class BallRules {

    private static final int SCALE = 10;

    private final AwardSettings settings;
    private final QuarterSpan quarter;
    private final Function<UUID, String> names;
    private BigDecimal zonePercent;

    BallRules(AwardSettings settings, QuarterSpan quarter, Function<UUID, String> names) {
        this.settings = settings;
        this.quarter = quarter;
        this.names = names;
    }

    void apply(List<List<LogRow>> appeals, RuleHits hits) {
        rejectedReturns(appeals, hits);
        passedAround(appeals, hits);
        redispatchRate(appeals, hits);
    }

    /** The zone's re-dispatch rate of the quarter, 2 decimals; null when nothing was dispatched. */
    BigDecimal zonePercent() {
        return zonePercent;
    }

    /** (a) at least N REJECT_RETURN rows of the department in the quarter. */
    private void rejectedReturns(List<List<LogRow>> appeals, RuleHits hits) {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (List<LogRow> rows : appeals) {
            for (LogRow row : rows) {
                if (row.kind() == AppealAction.REJECT_RETURN && row.departmentId() != null && row.in(quarter)) {
                    found.computeIfAbsent(row.departmentId(), d -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(row.appealId(), row.caseNumber(), row.kind(), null, null)
                                    .withText(row.text()));
                }
            }
        }
        found.forEach((d, list) -> {
            if (list.size() >= settings.ballRejectedReturns()) {
                hits.add(d, new AwardRuleHit(AwardRule.BALL_REJECTED_RETURNS, list.size(), null, null, null, list));
            }
        });
    }

    /**
     * (b) the last acknowledgement of a case falls in the quarter, nothing re-assigned it since, and
     * before it the case was assigned to at least N distinct departments: each department it was
     * moved away from (re-dispatched or its return approved) before that acknowledgement is hit.
     */
    private void passedAround(List<List<LogRow>> appeals, RuleHits hits) {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (List<LogRow> rows : appeals) {
            int last = lastAcknowledgement(rows);
            if (last < 0 || !rows.get(last).in(quarter)) {
                continue;
            }
            Set<UUID> through = new LinkedHashSet<>();
            Set<UUID> passers = new LinkedHashSet<>();
            for (LogRow row : rows.subList(0, last)) {
                if (row.assigning() && row.assignedDepartmentId() != null) {
                    through.add(row.assignedDepartmentId());
                }
                if (row.redispatch() && row.departmentId() != null) {
                    passers.add(row.departmentId());
                }
            }
            if (through.size() < settings.ballDepartmentsPerCase()) {
                continue;
            }
            LogRow ack = rows.get(last);
            List<String> path = through.stream().map(names).toList();
            for (UUID passer : passers) {
                found.computeIfAbsent(passer, d -> new ArrayList<>())
                        .add(AwardEvidence.ofCase(ack.appealId(), ack.caseNumber(), null, null, through.size())
                                .withDepartments(path));
            }
        }
        found.forEach((d, list) ->
                hits.add(d, new AwardRuleHit(AwardRule.BALL_PASSED_AROUND, list.size(), null, null, null, list)));
    }

    /** The index of the last ACKNOWLEDGE when no assignment follows it (it stuck), else -1. */
    private static int lastAcknowledgement(List<LogRow> rows) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            LogRow row = rows.get(i);
            if (row.assigning()) {
                return -1;
            }
            if (row.kind() == AppealAction.ACKNOWLEDGE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * (c) re-dispatched away ÷ dispatched to the department, in the quarter, more than N points
     * above the zone's rate (Σ re-dispatched ÷ Σ dispatched), once at least M cases were dispatched
     * to it.
     */
    private void redispatchRate(List<List<LogRow>> appeals, RuleHits hits) {
        Map<UUID, Integer> dispatched = new LinkedHashMap<>();
        Map<UUID, List<AwardEvidence>> away = new LinkedHashMap<>();
        int allDispatched = 0;
        int allAway = 0;
        for (List<LogRow> rows : appeals) {
            for (LogRow row : rows) {
                if (!row.in(quarter)) {
                    continue;
                }
                if (row.assigning() && row.assignedDepartmentId() != null) {
                    dispatched.merge(row.assignedDepartmentId(), 1, Integer::sum);
                    allDispatched++;
                }
                if (row.redispatch() && row.departmentId() != null) {
                    away.computeIfAbsent(row.departmentId(), d -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(row.appealId(), row.caseNumber(), row.kind(), null, null));
                    allAway++;
                }
            }
        }
        if (allDispatched == 0) {
            return;
        }
        zonePercent = SnailRules.percent(allAway, allDispatched);
        BigDecimal zone = ratio(allAway, allDispatched);
        BigDecimal points = settings.ballRedispatchPoints();
        away.forEach((department, cases) -> {
            int base = dispatched.getOrDefault(department, 0);
            if (base < settings.ballMinDispatched()) {
                return;
            }
            BigDecimal above = ratio(cases.size(), base).subtract(zone);
            if (above.compareTo(points) > 0) {
                hits.add(
                        department,
                        new AwardRuleHit(
                                AwardRule.BALL_REDISPATCH_RATE,
                                cases.size(),
                                base,
                                SnailRules.percent(cases.size(), base),
                                zonePercent,
                                cases));
            }
        });
    }

    /** count ÷ base × 100, to 10 decimals, for comparisons that do not depend on display rounding. */
    private static BigDecimal ratio(int count, int base) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(base), SCALE, RoundingMode.HALF_UP);
    }
}
