package com.parkops.appeals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The candidates of a quarter: handling-log rows whose time falls in [{@code from}, {@code to})
 * (quarter start and the next quarter's start, zone time).
 *
 * @param zoneRedispatchPercent the zone's re-dispatch rate in the quarter (re-dispatched away ÷
 *     dispatched, all departments), 2 decimals, null when nothing was dispatched
 * @param settings the thresholds applied
 */
public record AwardCandidates(
        int year,
        int quarter,
        Instant from,
        Instant to,
        BigDecimal zoneRedispatchPercent,
        AwardSettings settings,
        List<AwardCandidate> candidates) {

    public AwardCandidates {
        candidates = List.copyOf(candidates);
    }

    public List<AwardCandidate> of(AwardKind award) {
        return candidates.stream().filter(c -> c.award() == award).toList();
    }
}
