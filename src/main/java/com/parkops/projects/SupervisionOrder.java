package com.parkops.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervision order (督办单): a meeting's problem sent to a department with a deadline.
 *
 * @param issuerDepartmentId the issuing office (the issuer's department), or null when an administrator issued it
 * @param overdue open (not closed) and past its deadline on the zone's today
 * @param returns how many times the issuer sent the reply back
 */
public record SupervisionOrder(
        UUID id,
        String number,
        UUID problemId,
        UUID meetingId,
        UUID projectId,
        String projectName,
        String problem,
        UUID departmentId,
        UUID issuerDepartmentId,
        String issuedBy,
        LocalDate issuedOn,
        LocalDate deadline,
        OrderState state,
        String reply,
        String repliedBy,
        Instant repliedAt,
        String closedBy,
        LocalDate closedOn,
        int returns,
        int version,
        boolean overdue,
        List<OrderStep> steps) {

    public SupervisionOrder {
        steps = List.copyOf(steps);
    }
}
