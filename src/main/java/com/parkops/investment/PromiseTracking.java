package com.parkops.investment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Promise tracking (履约跟踪): the promises of the contracts of projects in production (投产 or
 * 达产) set against their enterprise's full-year figures of a year and its registered land. A
 * promise falls short when the actual figure is below the zone's threshold percentage of it
 * (default {@value #DEFAULT_SHORTFALL_PERCENT} %).
 */
public interface PromiseTracking {

    int DEFAULT_SHORTFALL_PERCENT = 70;

    /** The audit entity type of the settings. */
    String ENTITY = "investment-promise-settings";

    /** The zone's threshold in percent of a promise, and the version (0 = defaults). */
    record PromiseSettings(BigDecimal shortfallPercent, int version) {}

    /**
     * One promise against the actual figure: {@code ratioPercent} = actual ÷ promised × 100 (2
     * decimals half-up); null values when either side is missing.
     */
    record Comparison(BigDecimal promised, BigDecimal actual, BigDecimal ratioPercent, boolean shortfall) {}

    /** Why a producing project cannot be compared. */
    enum Gap {
        NO_CONTRACT,
        NO_ENTERPRISE,
        NO_FIGURES
    }

    /**
     * One producing project. {@code gap} is null when the comparison could be made; {@code
     * landMu} is the enterprise's registered land used as denominator.
     */
    record PromiseRow(
            UUID projectId,
            String projectCode,
            String projectName,
            Stage stage,
            String creditCode,
            String enterpriseName,
            BigDecimal landMu,
            Gap gap,
            Comparison taxPerMu,
            Comparison output,
            Comparison intensity,
            boolean shortfall) {}

    /** Every producing project of the zone for the year, by project code. */
    record PromiseReport(int year, BigDecimal shortfallPercent, List<PromiseRow> rows) {}

    PromiseReport report(UUID zoneId, int year);

    /** The latest complete year: the year before the zone's today. */
    int latestCompleteYear(UUID zoneId);

    PromiseSettings settings(UUID zoneId);

    /**
     * Sets the threshold (greater than 0, at most 100).
     *
     * @throws com.parkops.shared.InvalidInputException for a threshold outside that range
     * @throws com.parkops.shared.ConflictException when {@code version} is given and stale
     */
    PromiseSettings updateSettings(UUID zoneId, String actor, BigDecimal shortfallPercent, Integer version);
}
