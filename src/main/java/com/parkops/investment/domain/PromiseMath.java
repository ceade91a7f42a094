package com.parkops.investment.domain;

import com.parkops.investment.PromiseTracking.Comparison;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of promise tracking, kept free of Spring so it can be tested alone. */
final class PromiseMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WORKING_SCALE = 10;

    private PromiseMath() {}

    /** numerator ÷ land, unrounded; null when either is missing or the land is not positive. */
    static BigDecimal perMu(BigDecimal numerator, BigDecimal landMu) {
        if (numerator == null || landMu == null || landMu.signum() <= 0) {
            return null;
        }
        return numerator.divide(landMu, WORKING_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The promise against the actual figure. Falls short when actual × 100 &lt; threshold ×
     * promised (compared unrounded); the actual and the ratio are shown with 2 decimals.
     */
    static Comparison compare(BigDecimal promised, BigDecimal actual, BigDecimal thresholdPercent) {
        BigDecimal shown = actual == null ? null : actual.setScale(2, RoundingMode.HALF_UP);
        if (promised == null || actual == null || promised.signum() <= 0) {
            return new Comparison(promised, shown, null, false);
        }
        BigDecimal ratio = actual.multiply(HUNDRED).divide(promised, 2, RoundingMode.HALF_UP);
        boolean shortfall = actual.multiply(HUNDRED).compareTo(thresholdPercent.multiply(promised)) < 0;
        return new Comparison(promised, shown, ratio, shortfall);
    }
}
