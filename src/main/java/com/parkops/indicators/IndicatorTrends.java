package com.parkops.indicators;

import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/** Month-by-month views of the stored figures, aggregated in the database; one zone per call. */
public interface IndicatorTrends {

    /** The latest month for which the zone holds any figure; empty when it holds none. */
    Optional<YearMonth> latestPeriod(UUID zoneId);

    /**
     * The monthly and cumulative totals of one indicator for {@code year} and {@code year - 1}
     * over the enterprises of the scope.
     *
     * @throws IllegalArgumentException when the indicator is not in the catalogue
     */
    MonthlySeries monthly(UUID zoneId, String indicator, int year, AnalysisScope scope);
}
