package com.parkops.appeals;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of the handling log ({@code appeals.appeal_event}), as shown on a case's timeline.
 * Department names are resolved for display; see the migration for what every field means.
 */
public record AppealEvent(
        int seq,
        AppealAction kind,
        AppealState fromState,
        AppealState toState,
        Instant at,
        String actor,
        String actorRole,
        UUID departmentId,
        String departmentName,
        UUID assignedDepartmentId,
        String assignedDepartmentName,
        boolean redispatch,
        String text,
        Satisfaction satisfaction,
        Boolean resolved,
        Integer extensionDays,
        Instant deadline,
        Instant nextDeadline,
        Boolean onTime,
        int overdueWorkingDays,
        int workingDaysTaken) {

    /** Whether this step ends a timed step (dispatch, acknowledgement, reply, revisit), so on time or late means something. */
    public boolean endsTimedStep() {
        return kind == AppealAction.DISPATCH
                || kind == AppealAction.REDISPATCH
                || kind == AppealAction.APPROVE_RETURN
                || kind == AppealAction.ACKNOWLEDGE
                || kind == AppealAction.REPLY
                || kind == AppealAction.REVISIT;
    }
}
