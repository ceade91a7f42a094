package com.parkops.evaluation.domain;

/**
 * A staff decision that changed an enterprise's grade in a run, as a letter states it.
 *
 * @param kind {@code VETO} or {@code ADJUST}
 * @param code the veto item's code (VETO), or null
 * @param steps +1 one grade better, −1 one grade worse (ADJUST)
 */
record LetterDecision(String kind, String code, int steps, String reason, String approver) {}
