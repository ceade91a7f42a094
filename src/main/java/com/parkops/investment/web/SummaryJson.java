package com.parkops.investment.web;

import com.parkops.investment.InvestmentSummary;
import java.math.BigDecimal;

/**
 * The summary as the API answers it: amounts and percentages as strings with 2 decimals (as the
 * sample zone's expected answers give them), counts as numbers; a YoY or rate without a base is null.
 */
record SummaryJson(Amounts signedAmount, Counts projects5020, int newSigned, String startRate, String productionRate) {

    record Amounts(String current, String prior, String yoyPercent) {}

    record Counts(int current, int prior, String yoyPercent) {}

    static SummaryJson of(InvestmentSummary summary) {
        var amount = summary.signedAmount();
        var count = summary.projects5020();
        return new SummaryJson(
                new Amounts(text(amount.current()), text(amount.prior()), text(amount.yoyPercent())),
                new Counts(count.current().intValue(), count.prior().intValue(), text(count.yoyPercent())),
                summary.newSigned(),
                text(summary.startRate()),
                text(summary.productionRate()));
    }

    private static String text(BigDecimal value) {
        return value == null
                ? null
                : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
