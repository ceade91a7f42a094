package com.parkops.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A zone's consequences per grade, one {@link GradePolicy} for each of A, B, C, D and T in that
 * order.
 *
 * @param version the table's version for optimistic locking (0 while the defaults apply)
 * @param stored false while the zone uses the shipped defaults
 * @param updatedBy who saved it last, or null for the defaults
 * @param updatedAt when it was saved last, or null for the defaults
 */
public record PolicyTable(List<GradePolicy> grades, int version, boolean stored, String updatedBy, Instant updatedAt) {

    public PolicyTable {
        grades = List.copyOf(grades);
    }

    /** The consequences of {@code grade}. */
    public GradePolicy of(Grade grade) {
        return grades.stream()
                .filter(policy -> policy.grade() == grade)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no policy for grade " + grade));
    }
}
