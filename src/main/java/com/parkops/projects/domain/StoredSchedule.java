package com.parkops.projects.domain;

import com.parkops.projects.PlanDates;
import java.util.UUID;

/** A schedule's head as stored. */
record StoredSchedule(
        UUID projectId,
        UUID templateId,
        String templateName,
        PlanDates plan,
        String leaderName,
        UUID leaderUserId,
        UUID leadDepartmentId,
        int version) {}
