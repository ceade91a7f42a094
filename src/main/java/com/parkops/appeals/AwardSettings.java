package com.parkops.appeals;

import java.math.BigDecimal;

/**
 * A zone's award thresholds (defaults from the domain guide, editable by administrators).
 *
 * @param snailOverdueCases 蜗牛奖 (a): overdue cases in the quarter that make a candidate
 * @param snailOverdueRatePercent 蜗牛奖 (a): overdue cases ÷ cases handled, in percent, that make a candidate
 * @param snailDaysAfterReminder 蜗牛奖 (b): working days after a reminder without an answer
 * @param snailRemindersPerCase 蜗牛奖 (c): reminders on one case
 * @param snailSlipDays 蜗牛奖 (d): calendar days a project node may slip before it counts
 * @param ballRejectedReturns 踢皮球奖 (a): returns rejected as unjustified
 * @param ballDepartmentsPerCase 踢皮球奖 (b): departments a case passed through before it stuck
 * @param ballRedispatchPoints 踢皮球奖 (c): percentage points above the zone's re-dispatch rate
 * @param ballMinDispatched 踢皮球奖 (c): cases dispatched to the department before its rate counts
 * @param version optimistic lock of the saved row (0 when the zone never saved)
 */
public record AwardSettings(
        int snailOverdueCases,
        BigDecimal snailOverdueRatePercent,
        int snailDaysAfterReminder,
        int snailRemindersPerCase,
        int snailSlipDays,
        int ballRejectedReturns,
        int ballDepartmentsPerCase,
        BigDecimal ballRedispatchPoints,
        int ballMinDispatched,
        int version) {

    /** The domain guide's defaults (the column defaults of {@code appeals.award_settings}). */
    public static AwardSettings defaults() {
        return new AwardSettings(3, new BigDecimal("10.00"), 5, 2, 90, 2, 3, new BigDecimal("10.00"), 3, 0);
    }
}
