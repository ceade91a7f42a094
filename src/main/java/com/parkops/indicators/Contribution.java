package com.parkops.indicators;

import java.math.BigDecimal;

/**
 * One enterprise's year-to-date figure and its part in the change of its scope's comparable
 * (同口径) total. Amounts and percentages are half-up to 2 decimals.
 *
 * @param scale {@code above} or {@code below}
 * @param current the year-to-date figure of the year, null when not reported
 * @param prior the same months of the year before, null when not reported
 * @param change current − prior when the enterprise reported in both years (it is then in the
 *     comparable set), otherwise null
 * @param sharePercent change ÷ (currentComparable − priorComparable of the scope) × 100; null
 *     when the enterprise is not comparable or the scope's comparable total did not change. The
 *     shares of the comparable enterprises add up to 100.
 * @param yoyPercent the enterprise's own growth, null unless {@code status} is GROWTH
 * @param status NO_BASE when the enterprise did not report in both years
 */
public record Contribution(
        String creditCode,
        String name,
        String chain,
        String scale,
        String industryCode,
        BigDecimal current,
        BigDecimal prior,
        BigDecimal change,
        BigDecimal sharePercent,
        BigDecimal yoyPercent,
        GrowthStatus status) {

    /** Whether the enterprise reported the indicator in both years. */
    public boolean comparable() {
        return change != null;
    }
}
