package com.parkops.projects;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One node of a project's schedule as of a given day.
 *
 * @param plannedManual whether the planned date was moved by hand ({@code planReason} says why)
 * @param daysLate days past the planned date: to the actual date when done, to today when open; 0 if not late
 */
public record ScheduleNode(
        UUID id,
        int position,
        Phase phase,
        String name,
        UUID departmentId,
        String unit,
        DateBase base,
        int offsetDays,
        LocalDate plannedOn,
        boolean plannedManual,
        String planReason,
        LocalDate actualOn,
        String note,
        String completedBy,
        int evidenceCount,
        int version,
        NodeStatus status,
        long daysLate) {}
