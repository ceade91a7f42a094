package com.parkops.appeals;

/**
 * One rule that makes a department a candidate for an award; docs/appeals.md ("Reverse incentives")
 * defines each precisely. Thresholds are the zone's {@link AwardSettings}.
 */
public enum AwardRule {
    /** ≥ N overdue cases in the quarter, or an overdue rate ≥ P %. */
    SNAIL_OVERDUE(AwardKind.SNAIL),
    /** A case not answered (签收/回复) within N working days of a reminder. */
    SNAIL_REMINDER_WAIT(AwardKind.SNAIL),
    /** A case reminded ≥ N times in the quarter. */
    SNAIL_REMINDERS(AwardKind.SNAIL),
    /** Project nodes of the department more than N days behind their planned date. */
    SNAIL_NODE_SLIPPAGE(AwardKind.SNAIL),
    /** ≥ N returns rejected as unjustified. */
    BALL_REJECTED_RETURNS(AwardKind.BALL),
    /** A case that passed through ≥ N departments before the acknowledgement that stuck. */
    BALL_PASSED_AROUND(AwardKind.BALL),
    /** A re-dispatch rate more than N points above the zone's. */
    BALL_REDISPATCH_RATE(AwardKind.BALL);

    private final AwardKind award;

    AwardRule(AwardKind award) {
        this.award = award;
    }

    public AwardKind award() {
        return award;
    }
}
