package com.parkops.appeals;

import java.util.Set;

/**
 * The zone's choices where the metric definitions leave room (docs/appeals.md, "Metrics").
 *
 * @param resolutionBase 解决率 = resolved ÷ this (default {@link MetricBase#DUE})
 * @param settlementBase 化解率 = resolved ÷ this (default {@link MetricBase#CLOSED})
 * @param countMerged whether a duplicate merged into another appeal counts as a closed case (not
 *     resolved) of the department holding it at the merge (default false: merges count nowhere)
 * @param satisfied the revisit verdicts that count as satisfied; read from the appeal settings
 *     ({@link AppealSettings#satisfied()}), edited there, not here
 * @param version the stored version (0 when the zone never saved its own), for optimistic locking
 */
public record MetricDefinitions(
        MetricBase resolutionBase,
        MetricBase settlementBase,
        boolean countMerged,
        Set<Satisfaction> satisfied,
        int version) {

    public MetricDefinitions {
        satisfied = satisfied == null ? Set.of() : Set.copyOf(satisfied);
    }

    /** The defaults, with the given satisfied verdicts. */
    public static MetricDefinitions defaults(Set<Satisfaction> satisfied) {
        return new MetricDefinitions(MetricBase.DUE, MetricBase.CLOSED, false, satisfied, 0);
    }
}
