package com.parkops.indicators;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * Drill-down from a year-to-date figure to the enterprises behind it, with each one's share of the
 * change of the comparable (同口径) total: Δ of the enterprise ÷ Δ of the scope × 100. Computed in
 * the database; only the requested rows come back.
 */
public interface IndicatorContributions {

    /**
     * One page of the scope's enterprises and the scope's totals.
     *
     * @throws IllegalArgumentException when the indicator is not in the catalogue
     */
    ContributionPage contributions(UUID zoneId, ContributionQuery query, int offset, int limit);

    /** Every enterprise of the scope in the same order, fetched in batches (for exports). */
    void forEach(UUID zoneId, ContributionQuery query, Consumer<Contribution> action);
}
