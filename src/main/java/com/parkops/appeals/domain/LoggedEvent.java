package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.Satisfaction;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the handling log as the aggregate records it; see {@code db/appeals/V1__appeals.sql}
 * for what each column means.
 */
record LoggedEvent(
        AppealAction kind,
        AppealState fromState,
        AppealState toState,
        Instant at,
        Actor actor,
        UUID departmentId,
        UUID assignedDepartmentId,
        boolean redispatch,
        String text,
        Satisfaction satisfaction,
        Boolean resolved,
        Integer extensionDays,
        Instant deadline,
        Instant nextDeadline,
        Boolean onTime,
        int overdueWorkingDays,
        int workingDaysTaken) {}
