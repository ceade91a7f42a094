package com.parkops.projects.domain;

import com.parkops.investment.ProjectStageChanged;
import com.parkops.investment.Stage;
import com.parkops.projects.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives a newly signed project its schedule from the zone's default template, in the transaction
 * that moved the stage: when a project crosses into SIGNED or beyond (from an earlier stage, or
 * created there). Nothing happens without a default template, or when the project already has a
 * schedule, so the same event twice changes nothing.
 */
@Component
class ScheduleOnSigning {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleOnSigning.class);

    private final Schedules schedules;

    ScheduleOnSigning(Schedules schedules) {
        this.schedules = schedules;
    }

    @EventListener
    void on(ProjectStageChanged event) {
        boolean crossed = event.to() != null
                && event.to().reached(Stage.SIGNED)
                && (event.from() == null || !event.from().reached(Stage.SIGNED));
        if (crossed) {
            schedules
                    .applyDefault(event.zoneId(), event.projectId(), "system")
                    .ifPresent(s -> LOG.info(
                            "project {} scheduled from template {}", s.project().code(), s.templateName()));
        }
    }
}
