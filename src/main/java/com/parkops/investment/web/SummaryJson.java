package com.parkops.investment.web;

import com.parkops.investment.InvestmentSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The summary as the API answers it (api.md): amounts and percentages as JSON numbers with 2
 * decimals HALF_UP, counts as integers; a YoY or rate without a base is null.
 */
record SummaryJson(
        Amounts signedAmount, Counts projects5020, int newSigned, BigDecimal startRate, BigDecimal productionRate) {

    record Amounts(BigDecimal current, BigDecimal prior, BigDecimal yoyPercent) {}

    record Counts(int current, int prior, BigDecimal yoyPercent) {}

    static SummaryJson of(InvestmentSummary summary) {
        var amount = summary.signedAmount();
        var count = summary.projects5020();
        return new SummaryJson(
                new Amounts(two(amount.current()), two(amount.prior()), two(amount.yoyPercent())),
                new Counts(count.current().intValue(), count.prior().intValue(), two(count.yoyPercent())),
                summary.newSigned(),
                two(summary.startRate()),
                two(summary.productionRate()));
    }

    private static BigDecimal two(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
