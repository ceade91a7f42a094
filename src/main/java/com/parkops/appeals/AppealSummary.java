package com.parkops.appeals;

import java.time.Instant;
import java.util.UUID;

/** An appeal as listed: what, whose, where it stands, and its countdown (null when no deadline runs). */
public record AppealSummary(
        UUID id,
        String caseNumber,
        AppealType type,
        Channel channel,
        Category category,
        Urgency urgency,
        String title,
        UUID enterpriseId,
        String enterpriseName,
        AppealState state,
        Outcome outcome,
        UUID departmentId,
        String departmentName,
        Instant receivedAt,
        Instant deadline,
        Countdown countdown,
        boolean extensionPending) {}
