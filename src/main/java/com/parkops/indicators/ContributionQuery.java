package com.parkops.indicators;

import java.util.Objects;

/**
 * The enterprises behind one year-to-date figure: January..{@code month} of {@code year} against
 * the same months of the year before, for one indicator and scope.
 */
public record ContributionQuery(int year, int month, String indicator, AnalysisScope scope) {

    public ContributionQuery {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12");
        }
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scope, "scope");
    }
}
