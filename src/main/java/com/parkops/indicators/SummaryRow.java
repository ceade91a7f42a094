package com.parkops.indicators;

import java.math.BigDecimal;

/**
 * One group's year-to-date figure for one indicator. Amounts are half-up to 2 decimals.
 *
 * @param current sum over every enterprise of the group that reported the indicator in the year
 * @param prior the same for the year before
 * @param currentComparable sum over the enterprises that reported in both years (同口径)
 * @param priorComparable the prior-year sum over those same enterprises
 * @param yoyPercent (currentComparable ÷ priorComparable − 1) × 100, half-up to 2 decimals, or
 *     null when {@code status} is not {@link GrowthStatus#GROWTH}
 */
public record SummaryRow(
        String group,
        String indicator,
        BigDecimal current,
        BigDecimal prior,
        BigDecimal currentComparable,
        BigDecimal priorComparable,
        BigDecimal yoyPercent,
        GrowthStatus status) {}
