package com.parkops.appeals.domain;

import org.springframework.context.ApplicationContext;

/** Lets tests outside this package run the reminder job once, as the schedule would. */
public final class ReminderRuns {

    private ReminderRuns() {}

    /** Runs {@code AppealReminders.remindOverdue()} at the clock's "now"; answers {reminded, escalated}. */
    public static int[] run(ApplicationContext context) {
        AppealReminders.Outcome outcome = context.getBean(AppealReminders.class).remindOverdue();
        return new int[] {outcome.reminded(), outcome.escalated()};
    }
}
