package com.parkops.shared.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A project node found behind its planned date: published by project advancement each time it
 * observes a late node (a daily check of open nodes, or a node completed late), consumed by
 * whoever counts slippage — the appeals module's 蜗牛奖 rule for the responsible department. A
 * listener keeps the largest {@code daysLate} per node; publishing the same node again is normal.
 *
 * @param departmentId the node's responsible department (a zone department), or null when the
 *     responsible unit is outside the zone's departments
 * @param observedOn the day the lateness was measured: the completion day, or the check's day
 * @param daysLate calendar days from {@code plannedOn} to {@code observedOn}, positive
 */
public record ProjectNodeSlipped(
        UUID zoneId,
        UUID projectId,
        String projectCode,
        String projectName,
        UUID nodeId,
        String nodeName,
        UUID departmentId,
        LocalDate plannedOn,
        LocalDate observedOn,
        int daysLate) {}
