package com.parkops.appeals;

/**
 * Where an appeal stands: 受理 → 派单 → 签收 → 办理 → 回复 → 回访 → 办结, with 退回申请 between 签收 and
 * its arbitration.
 */
public enum AppealState {
    /** 受理: received, waiting for the service centre to dispatch it. */
    ACCEPTED,
    /** 派单: assigned to a department, waiting for it to acknowledge. */
    DISPATCHED,
    /** 签收: the department has taken it. */
    ACKNOWLEDGED,
    /** 退回申请: the department asked to give it back; the service centre arbitrates. */
    RETURN_REQUESTED,
    /** 办理: being handled. */
    IN_PROGRESS,
    /** 回复: the department replied to the enterprise; a revisit is due. */
    REPLIED,
    /** 回访: the enterprise's satisfaction is recorded. */
    REVISITED,
    /** 办结: closed, resolved or not, or merged into another appeal. */
    CLOSED;

    public boolean open() {
        return this != CLOSED;
    }
}
