package com.parkops.indicators;

/**
 * Where an enterprise's monthly report stands: {@code DRAFT} (saved, not sent), {@code SUBMITTED}
 * (waiting for staff review), {@code RETURNED} (sent back with a reason, to be edited and
 * submitted again) or {@code ACCEPTED} (its figures are the month's accepted revision).
 */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Whether the enterprise may change the figures in this state. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the enterprise's duty for the month is met (submitted or accepted). */
    public boolean delivered() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
