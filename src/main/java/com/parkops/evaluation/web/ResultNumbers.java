package com.parkops.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the result pages write figures: scores, weights and points half-up to 2 decimals; an
 * indicator's value or benchmark to 2 decimals too, unless it is below 1 (a water or electricity
 * ratio such as 0.0075), which keeps 4 so that it does not read as 0.01.
 */
final class ResultNumbers {

    private ResultNumbers() {}

    static BigDecimal score(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** An indicator's value or benchmark as text, or null when there is none. */
    static String figure(BigDecimal value) {
        if (value == null) {
            return null;
        }
        boolean small = value.signum() != 0 && value.abs().compareTo(BigDecimal.ONE) < 0;
        return format(value, small ? 4 : 2);
    }

    static String format(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 4 ? "#,##0.0000" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
