package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One row of the handling log as the award rules read it, with its appeal's case number. */
record LogRow(
        UUID appealId,
        String caseNumber,
        int seq,
        AppealAction kind,
        AppealState fromState,
        Instant at,
        UUID departmentId,
        UUID assignedDepartmentId,
        boolean redispatch,
        String text,
        Boolean onTime,
        int overdueWorkingDays) {

    /** The states in which the deadline running is the department's own (not the service centre's). */
    static final Set<AppealState> DEPARTMENT_STEPS = EnumSet.of(
            AppealState.DISPATCHED, AppealState.ACKNOWLEDGED, AppealState.RETURN_REQUESTED, AppealState.IN_PROGRESS);

    static final Set<AppealAction> ASSIGNING =
            EnumSet.of(AppealAction.DISPATCH, AppealAction.REDISPATCH, AppealAction.APPROVE_RETURN);

    boolean in(QuarterSpan quarter) {
        return quarter.contains(at);
    }

    /** A reminder of a step the department owed (not the service centre's dispatch or revisit). */
    boolean departmentReminder() {
        return kind == AppealAction.REMIND && departmentId != null && DEPARTMENT_STEPS.contains(fromState);
    }

    /** A step of the department taken or reminded past its deadline. */
    boolean overdueStep() {
        boolean ownStep = kind == AppealAction.ACKNOWLEDGE || kind == AppealAction.REPLY || departmentReminder();
        return ownStep && departmentId != null && Boolean.FALSE.equals(onTime);
    }

    boolean assigning() {
        return ASSIGNING.contains(kind);
    }
}
