package com.parkops.indicators;

import java.math.BigDecimal;

/**
 * The zone's full-year figures for a year against the year before.
 *
 * @param taxPerMu 亩均税收, 万元/亩, 2 decimals: Σtax ÷ Σmu over enterprises with land that reported tax
 * @param outputPerMu 亩均产出, 万元/亩, 2 decimals
 * @param energyPerValueAdded 单位工业增加值能耗, tce/万元, 4 decimals: Σenergy ÷ ΣvalueAdded over
 *     enterprises that reported both
 * @param leadingChainShare 首位产业集聚度, percent, 2 decimals: revenue of the leading chain ÷ all revenue
 * @param emergingValueAdded 战略性新兴产业增加值, 万元: ΣvalueAdded of enterprises with an emerging category
 * @param newAboveScale 新增入规企业: enterprises whose 入规期间 falls in the year
 */
public record ZoneMetrics(
        int year,
        Metric taxPerMu,
        Metric outputPerMu,
        Metric energyPerValueAdded,
        Metric leadingChainShare,
        Metric emergingValueAdded,
        Count newAboveScale) {

    /**
     * A figure of the year and of the year before; {@code yoyPercent} = (current ÷ prior − 1) ×
     * 100 half-up to 2 decimals, null when either is missing or prior is 0.
     */
    public record Metric(BigDecimal current, BigDecimal prior, BigDecimal yoyPercent) {}

    /** A count for the year. */
    public record Count(long current) {}
}
