package com.parkops.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a run knows of one enterprise: its registry attributes and its full-year figures of the
 * evaluated year (indicator code → value; flows summed, employees as the year average). A run
 * keeps these with each result, so recomputing a draft, comparing schemes and the path to the
 * next grade all work on exactly the inputs the run was scored from.
 *
 * @param scale {@code ABOVE} or {@code BELOW}
 * @param qualifications the registry qualification kinds held and valid in the year
 */
record EnterpriseFacts(
        UUID enterpriseId,
        String creditCode,
        String name,
        String scale,
        BigDecimal landMu,
        String industryCode,
        LocalDate registeredOn,
        String exemptReason,
        Map<String, BigDecimal> figures,
        Set<String> qualifications) {

    EnterpriseFacts {
        figures = Map.copyOf(figures);
        qualifications = Set.copyOf(qualifications);
    }
}
