package com.parkops.projects.domain;

import com.parkops.projects.DateBase;
import com.parkops.projects.Phase;
import java.time.LocalDate;
import java.util.UUID;

/** A schedule node as stored. */
record StoredNode(
        UUID id,
        UUID projectId,
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
        int version) {}
