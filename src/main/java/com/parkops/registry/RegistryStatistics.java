package com.parkops.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Counts and alerts over a zone's registry, for home pages and reports. */
public interface RegistryStatistics {

    /** How many enterprises a chain has at one scale; {@code chain} is null for no chain. */
    record ChainScaleCount(String chain, Scale scale, long enterprises) {}

    /** A valid qualification that expires within the zone's alert days (or has just expired). */
    record ExpiringQualification(
            String creditCode, String enterpriseName, QualificationKind kind, LocalDate expiresOn, long daysLeft) {}

    List<ChainScaleCount> countsByChainAndScale(UUID zoneId);

    /**
     * Valid qualifications expiring from today to today + alert days, soonest first.
     *
     * @param onlyEnterprise restricts to one enterprise (an enterprise user's own), or null
     */
    List<ExpiringQualification> expiringQualifications(UUID zoneId, UUID onlyEnterprise, int limit);
}
