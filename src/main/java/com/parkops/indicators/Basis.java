package com.parkops.indicators;

import java.util.Locale;
import java.util.Optional;

/** Whether reported figures are for the month alone or cumulative from January (1–N月累计). */
public enum Basis {
    MONTHLY,
    YTD;

    /** Accepts {@code monthly}/{@code ytd} in any case. */
    public static Optional<Basis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "monthly" -> Optional.of(MONTHLY);
            case "ytd" -> Optional.of(YTD);
            default -> Optional.empty();
        };
    }
}
