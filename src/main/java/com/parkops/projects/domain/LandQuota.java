package com.parkops.projects.domain;

import com.parkops.projects.LandState;
import java.math.BigDecimal;

/**
 * The guarded life of a land-quota request: REQUESTED → APPROVED or REJECTED; an approved request
 * → PARTLY_ALLOCATED → ALLOCATED as allocations use up the approved mu, and back when one is taken
 * back. Each move from a state that does not allow it throws a {@link LandRefusal}.
 */
record LandQuota(LandState state, BigDecimal requestedMu, BigDecimal approvedMu, BigDecimal allocatedMu) {

    void checkEditable() {
        if (state != LandState.REQUESTED) {
            throw new LandRefusal("land.error.notEditable", state);
        }
    }

    void checkDeletable() {
        if (state != LandState.REQUESTED && state != LandState.REJECTED) {
            throw new LandRefusal("land.error.notDeletable", state);
        }
    }

    LandState decide(boolean approve) {
        if (state != LandState.REQUESTED) {
            throw new LandRefusal("land.error.alreadyDecided", state);
        }
        return approve ? LandState.APPROVED : LandState.REJECTED;
    }

    /** What is left of the approved quota to allocate. */
    BigDecimal remaining() {
        return approvedMu == null ? BigDecimal.ZERO : approvedMu.subtract(allocatedMu);
    }

    /** Whether allocating {@code mu} more stays within the approved quota. */
    boolean fits(BigDecimal mu) {
        return mu.compareTo(remaining()) <= 0;
    }

    /** The state after allocating {@code mu} more (which must fit). */
    LandState allocate(BigDecimal mu) {
        if (!state.allocatable()) {
            throw new LandRefusal("land.error.notAllocatable", state);
        }
        return stateFor(allocatedMu.add(mu));
    }

    /** The state after taking back an allocation of {@code mu}. */
    LandState takeBack(BigDecimal mu) {
        if (state != LandState.PARTLY_ALLOCATED && state != LandState.ALLOCATED) {
            throw new LandRefusal("land.error.nothingAllocated", state);
        }
        return stateFor(allocatedMu.subtract(mu));
    }

    private LandState stateFor(BigDecimal allocated) {
        if (allocated.signum() == 0) {
            return LandState.APPROVED;
        }
        return allocated.compareTo(approvedMu) >= 0 ? LandState.ALLOCATED : LandState.PARTLY_ALLOCATED;
    }
}
