package com.parkops.investment.domain;

import com.parkops.investment.ProductionRateBase;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation defaults of the investment settings ({@code parkops.investment.*}); a zone
 * overrides them on its settings page.
 *
 * @param usdRate 元 per US dollar
 * @param thresholdDomestic 5020 threshold for domestic capital, 万元
 * @param thresholdForeign 5020 threshold for foreign capital, 万美元
 * @param productionRateBase the production rate's denominator
 */
@ConfigurationProperties("parkops.investment")
record InvestmentProperties(
        @DefaultValue("6.5") BigDecimal usdRate,
        @DefaultValue("50000") BigDecimal thresholdDomestic,
        @DefaultValue("2000") BigDecimal thresholdForeign,
        @DefaultValue("SIGNED") ProductionRateBase productionRateBase) {}
