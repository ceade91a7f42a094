package com.parkops.evaluation.web;

import com.parkops.evaluation.IndicatorScore;
import java.math.BigDecimal;

/**
 * One indicator of a result as the result page shows it.
 *
 * @param value the enterprise's ratio as text (see {@link ResultNumbers#decimals}), null when it has none
 * @param benchmark the benchmark as text, null for the min–max method
 * @param weight the weight used, 2 decimals
 * @param score the points earned, 2 decimals
 */
record ResultBreakdownRow(
        String code, String value, String benchmark, BigDecimal weight, BigDecimal score, boolean capped) {

    static ResultBreakdownRow of(IndicatorScore indicator) {
        int decimals =
                ResultNumbers.decimals(indicator.benchmark() != null ? indicator.benchmark() : indicator.value());
        return new ResultBreakdownRow(
                indicator.code(),
                ResultNumbers.figure(indicator.value(), decimals),
                ResultNumbers.figure(indicator.benchmark(), decimals),
                ResultNumbers.score(indicator.weight()),
                ResultNumbers.score(indicator.score()),
                indicator.capped());
    }
}
