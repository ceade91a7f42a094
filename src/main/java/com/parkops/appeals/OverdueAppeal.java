package com.parkops.appeals;

import java.time.Instant;
import java.util.UUID;

/**
 * An open appeal past the deadline of its current step.
 *
 * @param departmentId the department it is assigned to; null while it waits for dispatch (the
 *     service centre's step)
 * @param overdueWorkingDays working days from the deadline's day to today; 0 when late the same day
 */
public record OverdueAppeal(
        UUID id,
        String caseNumber,
        String title,
        AppealState state,
        UUID departmentId,
        String departmentName,
        Instant deadline,
        int overdueWorkingDays) {}
