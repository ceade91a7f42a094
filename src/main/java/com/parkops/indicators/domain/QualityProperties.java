package com.parkops.indicators.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the data-quality rules ({@code parkops.indicators.quality.*}). Every rule can be
 * switched off with {@code enabled: false}.
 *
 * @param missing a figure left empty in a column the file (or submission) carries; {@code
 *     indicators} limits the rule to those codes (empty = every column)
 * @param cumulativeDecrease a year-to-date figure lower than the previous reported month's, by
 *     more than {@code tolerancePercent} (default 0: any drop) of the earlier figure
 * @param yoy a year-to-date figure moving more than {@code thresholdPercent} (default 50) against
 *     the same month of the year before, for the listed {@code indicators}
 * @param outputElectricity output and electricity year-on-year growth differing by more than
 *     {@code thresholdPoints} (default 30) percentage points
 * @param energyIntensity energy ÷ valueAdded more than {@code factor} (default 3) times the
 *     median of the enterprise's chain for that month, or less than 1/{@code factor} of it, when
 *     the chain has at least {@code minPeers} (default 5) enterprises with both figures
 */
@ConfigurationProperties("parkops.indicators.quality")
record QualityProperties(
        @DefaultValue Missing missing,
        @DefaultValue CumulativeDecrease cumulativeDecrease,
        @DefaultValue Yoy yoy,
        @DefaultValue OutputElectricity outputElectricity,
        @DefaultValue EnergyIntensity energyIntensity) {

    record Missing(
            @DefaultValue("true") boolean enabled,
            @DefaultValue List<String> indicators) {}

    record CumulativeDecrease(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0") BigDecimal tolerancePercent) {}

    record Yoy(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("50") BigDecimal thresholdPercent,

            @DefaultValue({"output", "revenue", "mainRevenue", "tax", "valueAdded", "energy", "electricity"})
            List<String> indicators) {}

    record OutputElectricity(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30") BigDecimal thresholdPoints) {}

    record EnergyIntensity(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("3") BigDecimal factor,
            @DefaultValue("5") int minPeers) {}
}
