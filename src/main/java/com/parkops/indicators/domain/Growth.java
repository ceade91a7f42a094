package com.parkops.indicators.domain;

import com.parkops.indicators.GrowthStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Year-on-year arithmetic of the API: statuses, percentages and half-up rounding. */
final class Growth {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private Growth() {}

    /**
     * The status of comparable figures: GROWTH when prior &gt; 0 and current ≥ 0; otherwise
     * TURN_PROFIT (prior &lt; 0 ≤ current), LOSS_NARROWED (both &lt; 0, current &gt; prior),
     * LOSS_WIDENED (both &lt; 0, current ≤ prior), TURN_LOSS (prior &gt; 0 &gt; current), and NO_BASE
     * (prior = 0, which includes no enterprise in both years).
     */
    static GrowthStatus status(BigDecimal current, BigDecimal prior) {
        int p = prior.signum();
        int c = current.signum();
        if (p > 0) {
            return c >= 0 ? GrowthStatus.GROWTH : GrowthStatus.TURN_LOSS;
        }
        if (p < 0) {
            if (c >= 0) {
                return GrowthStatus.TURN_PROFIT;
            }
            return current.compareTo(prior) > 0 ? GrowthStatus.LOSS_NARROWED : GrowthStatus.LOSS_WIDENED;
        }
        return GrowthStatus.NO_BASE;
    }

    /** (current ÷ prior − 1) × 100, half-up to 2 decimals, computed from unrounded figures. */
    static BigDecimal percent(BigDecimal current, BigDecimal prior) {
        return current.divide(prior, PRECISION)
                .subtract(BigDecimal.ONE)
                .multiply(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** The percentage when the status allows one, otherwise null. */
    static BigDecimal yoyPercent(BigDecimal current, BigDecimal prior) {
        return status(current, prior) == GrowthStatus.GROWTH ? percent(current, prior) : null;
    }

    /** Half-up to the given number of decimals; null stays null. */
    static BigDecimal round(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** numerator ÷ denominator at 12 decimals half-up, or null when the denominator is missing or 0. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, 12, RoundingMode.HALF_UP);
    }
}
