package com.parkops.projects.domain;

import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.CampaignTargetStatus;
import java.time.LocalDate;

/**
 * How a target stands on a day. A goal reached on or before the deadline is met; one not reached
 * is pending up to and including the deadline day and missed after it; one reached only after the
 * deadline (when the date is known) is missed. A stage goal is reached when the project's current
 * stage is that stage or later (a lost or paused project keeps the stage it had reached); its date
 * is known for 签约, 开工 and 投产, the stages whose dates the pipeline shares.
 */
final class CampaignProgressRule {

    private CampaignProgressRule() {}

    static CampaignTargetStatus status(LocalDate deadline, LocalDate today, boolean reached, LocalDate reachedOn) {
        if (reached) {
            return reachedOn != null && reachedOn.isAfter(deadline)
                    ? CampaignTargetStatus.MISSED
                    : CampaignTargetStatus.MET;
        }
        return today.isAfter(deadline) ? CampaignTargetStatus.MISSED : CampaignTargetStatus.PENDING;
    }

    static boolean reached(ProjectInfo project, Stage goal) {
        return project != null && project.stage().reached(goal);
    }

    /** The date the project reached the stage, when the pipeline shares it. */
    static LocalDate reachedOn(ProjectInfo project, Stage goal) {
        if (!reached(project, goal)) {
            return null;
        }
        return switch (goal) {
            case SIGNED -> project.signedOn();
            case STARTED -> project.startedOn();
            case IN_PRODUCTION -> project.productionOn();
            default -> null;
        };
    }

    /** Days from today to the deadline: 0 on the deadline day and after it. */
    static long daysLeft(LocalDate deadline, LocalDate today) {
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today, deadline));
    }
}
