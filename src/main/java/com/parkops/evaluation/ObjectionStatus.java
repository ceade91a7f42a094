package com.parkops.evaluation;

/** Where an objection (异议) is: filed and waiting for staff, or decided (upheld or rejected). */
public enum ObjectionStatus {
    FILED,
    UPHELD,
    REJECTED;

    /** Whether staff have decided it; a decided objection never changes again. */
    public boolean decided() {
        return this != FILED;
    }
}
