package com.parkops.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Land area conversions. 1 亩 (mu) = 10000/15 m². */
public final class LandArea {

    private static final BigDecimal FIFTEEN = BigDecimal.valueOf(15);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private LandArea() {}

    /** Square metres to mu, kept at 4 decimals (half-up) so sums stay exact to 0.01 mu. */
    public static BigDecimal squareMetresToMu(BigDecimal squareMetres) {
        return squareMetres.multiply(FIFTEEN).divide(TEN_THOUSAND, 4, RoundingMode.HALF_UP);
    }
}
