package com.parkops.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * The zone's differentiated policy per grade (差别化政策): surcharges, land-use tax reduction,
 * quota priorities, credit and other measures. A zone that stored none gets the shipped defaults
 * (A: full land-use tax reduction and priority; C: +0.05 元/kWh; D: +0.10 元/kWh and restricted; T
 * like B), with their texts in the caller's language.
 */
public interface EvaluationPolicies {

    /** The zone's table, stored or the defaults. */
    PolicyTable table(UUID zoneId);

    /** The consequences of one grade in the zone. */
    default GradePolicy of(UUID zoneId, Grade grade) {
        return table(zoneId).of(grade);
    }

    /**
     * Replaces the zone's table with {@code grades} (exactly one entry for each grade, in any
     * order), audited as {@code evaluation-policy}. Invalid input → {@link
     * com.parkops.shared.InvalidInputException} listing every problem with fields such as {@code
     * grades[2].electricitySurcharge}; a {@code version} other than the stored one → {@link
     * com.parkops.shared.ConflictException}.
     */
    PolicyTable save(UUID zoneId, String actor, int version, List<GradePolicy> grades);
}
