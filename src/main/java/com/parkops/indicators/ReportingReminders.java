package com.parkops.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Overdue monthly reports (逾期未报) and reminders (催报). Which enterprises must report is a
 * setting ({@code parkops.indicators.reporting.scope}); a month is overdue after the zone's due
 * day of the following month ({@code parkops.indicators.reporting.due-day}, in the zone's time
 * zone) while it is neither submitted nor recorded otherwise.
 */
public interface ReportingReminders {

    /**
     * An enterprise whose report of a month is overdue.
     *
     * @param status the report's state, or null when none was started
     * @param reminders how many reminders were recorded for the month
     * @param lastRemindedAt when the latest one was, or null
     */
    record Overdue(
            UUID enterpriseId,
            String creditCode,
            String name,
            YearMonth period,
            LocalDate dueOn,
            SubmissionStatus status,
            int reminders,
            Instant lastRemindedAt) {}

    /** A reminder as the enterprise sees it; {@code automatic} when the monthly job sent it. */
    record Reminder(UUID id, YearMonth period, LocalDate dueOn, boolean automatic, String actor, Instant at) {}

    /** The latest month whose due day has passed in the zone. */
    YearMonth lastClosedPeriod(UUID zoneId);

    /** The enterprises whose report of the month is overdue, by name. */
    List<Overdue> overdue(UUID zoneId, YearMonth period);

    /**
     * Records a reminder from staff.
     *
     * @throws com.parkops.shared.ConflictException when the report is not overdue
     * @throws com.parkops.shared.NotFoundException when the enterprise is not in the zone
     */
    Reminder remind(UUID zoneId, String actor, UUID enterpriseId, YearMonth period);

    /** Reminders of months the enterprise has still not submitted, newest first. */
    List<Reminder> pending(UUID zoneId, UUID enterpriseId);

    /**
     * Reminds every enterprise of every zone whose report of the zone's last closed month is
     * overdue and that the job has not reminded of that month yet; returns how many it recorded.
     * Takes a database lock so that only one instance runs it at a time.
     */
    int remindOverdue();
}
