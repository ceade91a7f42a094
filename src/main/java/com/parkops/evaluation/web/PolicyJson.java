package com.parkops.evaluation.web;

import com.parkops.evaluation.GradePolicy;
import com.parkops.evaluation.PolicyTable;
import java.time.Instant;
import java.util.List;

/**
 * The policy table as the API gives it: {@code version} to send back with a change, {@code
 * stored} false while the shipped defaults apply, and one entry per grade A, B, C, D, T.
 */
record PolicyJson(int version, boolean stored, String updatedBy, Instant updatedAt, List<GradePolicy> grades) {

    /** A change: the version that was read and every grade's policy. */
    record Change(Integer version, List<GradePolicy> grades) {}

    static PolicyJson of(PolicyTable table) {
        return new PolicyJson(table.version(), table.stored(), table.updatedBy(), table.updatedAt(), table.grades());
    }
}
