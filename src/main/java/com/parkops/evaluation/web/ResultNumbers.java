package com.parkops.evaluation.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the result pages write figures: scores, weights and points half-up to 2 decimals; an
 * indicator's value and benchmark to 2 decimals too, unless the benchmark is below 1 (value added
 * per tonne of water, benchmark 0.1), where both keep 4 so that 0.0075 does not read as 0.01.
 */
final class ResultNumbers {

    private ResultNumbers() {}

    static BigDecimal score(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The decimals of an indicator's figures: 4 when its scale (the benchmark, or the value when
     * there is no benchmark) is below 1, else 2.
     */
    static int decimals(BigDecimal scale) {
        return scale != null && scale.signum() != 0 && scale.abs().compareTo(BigDecimal.ONE) < 0 ? 4 : 2;
    }

    /** An indicator's value or benchmark as text, or null when there is none. */
    static String figure(BigDecimal value, int decimals) {
        return value == null ? null : format(value, decimals);
    }

    static String format(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 4 ? "#,##0.0000" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
