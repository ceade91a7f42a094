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
        CampaignTargetStatus status) {

    /**
     * How far the target is toward its goal, 0–100: for a stage goal the stages the project has
     * passed over those the goal needs (from 线索), for a text goal 100 when done, else 0.
     */
    public int progressPercent() {
        if (goal == CampaignGoal.TEXT) {
            return reachedOn != null ? 100 : 0;
        }
        if (currentStage == null) {
            return 0;
        }
        if (currentStage.reached(stage) || stage.ordinal() == 0) {
            return 100;
        }
        return currentStage.ordinal() * 100 / stage.ordinal();
    }
}
