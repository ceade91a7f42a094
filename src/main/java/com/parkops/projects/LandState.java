package com.parkops.projects;

/**
 * Where a land-quota request stands: asked for, then approved (possibly for less) or rejected, then
 * allocated to parcels in one or more steps until the approved mu is used up.
 */
public enum LandState {
    REQUESTED,
    APPROVED,
    REJECTED,
    PARTLY_ALLOCATED,
    ALLOCATED;

    /** Whether quota may still be allocated from a request in this state. */
    public boolean allocatable() {
        return this == APPROVED || this == PARTLY_ALLOCATED;
    }
}
