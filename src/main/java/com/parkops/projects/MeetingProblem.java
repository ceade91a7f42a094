package com.parkops.projects;

import java.util.UUID;

/** A problem raised in a dispatch meeting; {@code orderId} is its supervision order, if issued. */
public record MeetingProblem(
        UUID id,
        UUID projectId,
        String projectName,
        String text,
        UUID departmentId,
        UUID orderId,
        String orderNumber) {}
