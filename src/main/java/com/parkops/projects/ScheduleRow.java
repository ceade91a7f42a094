package com.parkops.projects;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A signed project in the list: its schedule's status (null when it has no schedule yet), the next
 * open node, and who is responsible.
 */
public record ScheduleRow(
        UUID projectId,
        String code,
        String name,
        String stage,
        boolean scheduled,
        NodeStatus status,
        String nextNode,
        LocalDate nextPlannedOn,
        int nodes,
        int done,
        String leaderName,
        UUID leadDepartmentId) {}
