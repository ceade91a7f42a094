package com.parkops.investment;

import java.math.BigDecimal;

/**
 * The year's figures.
 *
 * @param signedAmount 万元 signed in the year and the year before (foreign converted at the zone's rate)
 * @param projects5020 5020 projects signed in the year and the year before
 * @param newSigned projects signed in the year
 * @param startRate percent of the year's signed projects started by its end; null without any
 * @param productionRate percent of the base (signed or started) in production by its end; null without any
 * @param fundsInPlace 实际到位资金 so far (万元) of the projects signed in the year
 */
public record InvestmentSummary(
        Change signedAmount,
        Change projects5020,
        int newSigned,
        BigDecimal startRate,
        BigDecimal productionRate,
        BigDecimal fundsInPlace) {

    /**
     * A figure against the year before.
     *
     * @param yoyPercent (current − prior) / prior × 100, 2 decimals; null when prior is zero
     */
    public record Change(BigDecimal current, BigDecimal prior, BigDecimal yoyPercent) {}
}
