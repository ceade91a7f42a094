package com.parkops.appeals;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule a department met in the quarter, with its figures and evidence.
 *
 * @param count what the rule counted: overdue cases, rejected returns, cases re-dispatched away,
 *     hit cases or nodes
 * @param base the denominator where there is one: cases handled (overdue rate), cases dispatched
 *     to the department (re-dispatch rate); else null
 * @param ratePercent count ÷ base × 100, 2 decimals half-up; else null
 * @param zonePercent the zone's re-dispatch rate in the quarter (BALL_REDISPATCH_RATE), else null
 * @param evidence the cases (or nodes) behind it, oldest first
 */
public record AwardRuleHit(
        AwardRule rule,
        int count,
        Integer base,
        BigDecimal ratePercent,
        BigDecimal zonePercent,
        List<AwardEvidence> evidence) {

    public AwardRuleHit {
        evidence = List.copyOf(evidence);
    }
}
