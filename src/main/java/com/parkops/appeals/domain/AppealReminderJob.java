package com.parkops.appeals.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the appeals' reminders and escalation on a schedule ({@code parkops.appeals.reminder-cron},
 * every 15 minutes by default; {@code -} switches it off). Each instance fires; the advisory lock
 * in {@link AppealReminders} lets one of them do the work.
 */
@Component
class AppealReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(AppealReminderJob.class);

    private final AppealReminders reminders;

    AppealReminderJob(AppealReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${parkops.appeals.reminder-cron:0 */15 * * * *}")
    void run() {
        AppealReminders.Outcome done = reminders.remindOverdue();
        if (done.reminded() + done.escalated() > 0) {
            LOG.info("appeal reminders: {} reminded, {} escalated", done.reminded(), done.escalated());
        }
    }
}
