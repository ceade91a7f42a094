package com.parkops.investment.web;

import com.parkops.investment.InvestmentSettings;
import com.parkops.investment.ProductionRateBase;
import java.math.BigDecimal;

/** The zone's investment settings as a form. */
record SettingsForm(
        BigDecimal usdRate,
        BigDecimal thresholdDomestic,
        BigDecimal thresholdForeign,
        ProductionRateBase productionRateBase,
        Integer version) {

    static SettingsForm of(InvestmentSettings s) {
        return new SettingsForm(
                s.usdRate(), s.thresholdDomestic(), s.thresholdForeign(), s.productionRateBase(), s.version());
    }

    InvestmentSettings toSettings() {
        return new InvestmentSettings(
                usdRate, thresholdDomestic, thresholdForeign, productionRateBase, version == null ? 0 : version);
    }
}
