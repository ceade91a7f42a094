package com.parkops.investment;

import java.math.BigDecimal;

/**
 * A zone's investment settings in effect: its own values where it set them, else the installation
 * defaults ({@code parkops.investment.*}).
 *
 * @param usdRate 元 per US dollar, used for new USD projects and the year's figures
 * @param thresholdDomestic a domestic project is "5020" from this amount, in 万元
 * @param thresholdForeign a foreign project is "5020" from this amount, in 万美元
 * @param productionRateBase the denominator of the production rate
 * @param version for optimistic locking of the zone's row (0 before the first save)
 */
public record InvestmentSettings(
        BigDecimal usdRate,
        BigDecimal thresholdDomestic,
        BigDecimal thresholdForeign,
        ProductionRateBase productionRateBase,
        int version) {

    /** Whether a project of this source and amount (in its own currency) is a 5020 project. */
    public boolean is5020(CapitalSource source, BigDecimal amount) {
        if (source == null || amount == null) {
            return false;
        }
        BigDecimal threshold = source == CapitalSource.FOREIGN ? thresholdForeign : thresholdDomestic;
        return amount.compareTo(threshold) >= 0;
    }
}
