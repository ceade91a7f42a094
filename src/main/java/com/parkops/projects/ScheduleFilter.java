package com.parkops.projects;

import java.util.UUID;

/**
 * Which signed projects to list; null = any.
 *
 * @param status the project's status; {@code null} any
 * @param departmentId lead department, or the department responsible for an open node
 */
public record ScheduleFilter(NodeStatus status, UUID departmentId) {

    public static ScheduleFilter any() {
        return new ScheduleFilter(null, null);
    }
}
