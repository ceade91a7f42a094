package com.parkops.appeals;

/**
 * How a department of the generated quarter handles what it gets, as chances per occasion, so that
 * every award rule is met by some departments and missed by others ({@link ScenarioPlanner}).
 *
 * @param lateAcknowledgement 签收 three working days after the dispatch (late) instead of within one
 * @param lateReply 回复 one to eight working days after the reply deadline instead of by it
 * @param askReturn ask to return after acknowledging (the centre approves or rejects half each)
 * @param askExtension ask for an extension after starting
 * @param redispatchAway the service centre re-dispatches the case away before it is acknowledged
 */
record Habits(
        double lateAcknowledgement, double lateReply, double askReturn, double askExtension, double redispatchAway) {

    /** Never late, never asks to return or extend, and nothing is moved away from it. */
    static final Habits PROMPT = new Habits(0, 0, 0, 0, 0);

    static final Habits ORDINARY = new Habits(0.12, 0.25, 0.12, 0.15, 0.10);

    /** Passes cases on: asks to return and is re-dispatched away three times as often. */
    static final Habits PASSING_ON = new Habits(0.12, 0.25, 0.36, 0.15, 0.30);
}
