package com.parkops.appeals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The committee's decision on a candidate. A confirmed award is held by the department until its
 * rectification (整改) is submitted by the department's staff and accepted by the service centre.
 *
 * @param rules the rules the candidate met when decided
 * @param cases the case numbers shown as evidence when decided
 * @param returned the latest time a submitted rectification was sent back (退回整改), null if never
 */
public record AwardDecision(
        UUID id,
        AwardKind award,
        UUID departmentId,
        String departmentName,
        int year,
        int quarter,
        Status status,
        String note,
        List<AwardRule> rules,
        List<String> cases,
        String decidedBy,
        Instant decidedAt,
        String rectification,
        String submittedBy,
        Instant submittedAt,
        String acceptedBy,
        Instant acceptedAt,
        String acceptanceNote,
        Returned returned,
        int version) {

    public AwardDecision {
        rules = List.copyOf(rules);
        cases = List.copyOf(cases);
    }

    /**
     * The latest return of a submitted rectification: how many times it was sent back, why, by whom,
     * when, and the text that was sent back.
     */
    public record Returned(int times, String reason, String returnedBy, Instant returnedAt, String rectification) {}

    /** Where a decision stands. */
    public enum Status {
        /** The candidate was dismissed (with a reason); nothing is held. */
        DISMISSED,
        /** Confirmed; held until a rectification is submitted and accepted (also after a return). */
        HELD,
        /** The department submitted its rectification; still held until accepted. */
        SUBMITTED,
        /** Rectification accepted; no longer held. */
        RECTIFIED
    }

    /** Whether the department still holds the award. */
    public boolean held() {
        return status == Status.HELD || status == Status.SUBMITTED;
    }
}
