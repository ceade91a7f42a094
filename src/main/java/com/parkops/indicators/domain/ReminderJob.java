package com.parkops.indicators.domain;

import com.parkops.indicators.ReportingReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds enterprises of overdue reports on a schedule ({@code
 * parkops.indicators.reporting.reminder-cron}). Each instance fires; the database lock taken by
 * {@link ReportingReminders#remindOverdue()} lets one of them do the work, and each overdue report
 * is reminded only once.
 */
@Component
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final ReportingReminders reminders;

    ReminderJob(ReportingReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${parkops.indicators.reporting.reminder-cron:0 0 9 * * *}")
    void run() {
        int recorded = reminders.remindOverdue();
        if (recorded > 0) {
            LOG.info("overdue reminders: {} recorded", recorded);
        }
    }
}
