package com.parkops.projects;

import com.parkops.investment.Stage;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign target with its progress today.
 *
 * @param currentStage the project's stage now (null when the project is no longer found)
 * @param reachedOn when the goal was reached, as far as known: the date of the goal stage
 *     (签约, 开工, 投产 dates) or the date a text goal was marked done; null when unknown or not reached
 */
public record CampaignTarget(
        UUID id,
        UUID projectId,
        String projectCode,
        String projectName,
        CampaignGoal goal,
        Stage stage,
        String text,
        Stage currentStage,
        String closedAs,
        LocalDate reachedOn,
        CampaignTargetStatus status) {}
