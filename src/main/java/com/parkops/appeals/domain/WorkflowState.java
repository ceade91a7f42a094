package com.parkops.appeals.domain;

import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Outcome;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import java.time.Instant;
import java.util.UUID;

/**
 * The workflow columns of an appeal: what {@link Appeal} moves and the store reads and writes.
 * Mutable on purpose, and only ever changed through {@link Appeal}'s guarded moves.
 */
final class WorkflowState {

    UUID id;
    AppealType type;
    Urgency urgency;
    Instant receivedAt;
    AppealState state;
    /** The department handling it now; null until dispatched. */
    UUID departmentId;
    /** The deadline of the current step (dispatch, acknowledge, reply, revisit); null when none runs. */
    Instant deadline;
    /** The handling department's reply deadline, extensions included. */
    Instant replyDeadline;
    /** Until when the department may ask to return it; null before acknowledgement and once used. */
    Instant returnDeadline;
    /** Working days of extension approved so far for the current department. */
    int extensionDays;

    Integer pendingExtensionDays;
    String pendingExtensionReason;
    String pendingReturnReason;
    /** What the department's reply said. */
    Boolean resolved;

    Satisfaction satisfaction;
    Outcome outcome;
    UUID mergedInto;
    Instant closedAt;
    /** The deadline the last reminder (催办) was about. */
    Instant remindedDeadline;

    boolean escalated;
    /** The version it was loaded with (optimistic locking). */
    int version;

    static WorkflowState received(UUID id, AppealType type, Urgency urgency, Instant at, Instant dispatchBy) {
        WorkflowState s = new WorkflowState();
        s.id = id;
        s.type = type;
        s.urgency = urgency;
        s.receivedAt = at;
        s.state = AppealState.ACCEPTED;
        s.deadline = dispatchBy;
        return s;
    }
}
