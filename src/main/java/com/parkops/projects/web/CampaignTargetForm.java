package com.parkops.projects.web;

import com.parkops.investment.Stage;
import com.parkops.projects.CampaignGoal;
import com.parkops.projects.CampaignTargetData;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A target to add (project, goal kind, stage or text) or, for marking a text goal, {@code done}
 * with its date; always with the campaign's version.
 */
record CampaignTargetForm(
        Integer version, UUID projectId, CampaignGoal goal, Stage stage, String text, Boolean done, LocalDate doneOn) {

    CampaignTargetData toData() {
        return new CampaignTargetData(projectId, goal, stage, text);
    }
}
