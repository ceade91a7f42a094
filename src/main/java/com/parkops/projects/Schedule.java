package com.parkops.projects;

import com.parkops.investment.ProjectInfo;
import java.util.List;
import java.util.UUID;

/**
 * A project's node schedule as of a given day, with its responsible leader and lead department
 * (包保责任); {@code status} is the worst open node's, or DONE when every node is done.
 */
public record Schedule(
        ProjectInfo project,
        String templateName,
        PlanDates plan,
        String leaderName,
        UUID leaderUserId,
        UUID leadDepartmentId,
        int version,
        List<ScheduleNode> nodes,
        NodeStatus status) {

    public Schedule {
        nodes = List.copyOf(nodes);
    }
}
