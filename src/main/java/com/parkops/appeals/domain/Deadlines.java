package com.parkops.appeals.domain;

import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Countdown;
import com.parkops.appeals.Urgency;
import com.parkops.shared.WorkdayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working-day deadlines of one zone: N working days after a moment is the end of the working day
 * ({@link AppealSettings#endOfDay()}, zone time) of the N-th working day after the moment's date,
 * so a weekend, an official holiday or a late hour never shortens the time given.
 */
final class Deadlines {

    private final WorkdayCalendar calendar;
    private final ZoneId zone;
    private final AppealSettings settings;

    Deadlines(WorkdayCalendar calendar, ZoneId zone, AppealSettings settings) {
        this.calendar = calendar;
        this.zone = zone;
        this.settings = settings;
    }

    AppealSettings settings() {
        return settings;
    }

    Instant dispatchBy(Instant received) {
        return afterWorkingDays(received, settings.dispatchDays());
    }

    Instant acknowledgeBy(Instant dispatched, Urgency urgency) {
        return urgency == Urgency.URGENT
                ? dispatched.plus(Duration.ofHours(settings.urgentAcknowledgeHours()))
                : afterWorkingDays(dispatched, settings.acknowledgeDays());
    }

    Instant returnBy(Instant acknowledged) {
        return afterWorkingDays(acknowledged, settings.returnDays());
    }

    Instant replyBy(Instant from, AppealType type) {
        return afterWorkingDays(from, settings.replyDays(type));
    }

    Instant revisitBy(Instant replied) {
        return afterWorkingDays(replied, settings.revisitDays());
    }

    /** The deadline moved on by {@code days} working days. */
    Instant extend(Instant deadline, int days) {
        return afterWorkingDays(deadline, days);
    }

    Instant afterWorkingDays(Instant from, int days) {
        LocalDate last = calendar.plusWorkingDays(date(from), days);
        return last.atTime(settings.endOfDay()).atZone(zone).toInstant();
    }

    /** Working days after the deadline's day up to the moment's day; 0 when on time or late the same day. */
    int overdueWorkingDays(Instant deadline, Instant at) {
        if (deadline == null || !at.isAfter(deadline)) {
            return 0;
        }
        return Math.max(0, calendar.workingDaysBetween(date(deadline), date(at)));
    }

    /** Working days from the receipt's day to the moment's day. */
    int workingDaysTaken(Instant received, Instant at) {
        return Math.max(0, calendar.workingDaysBetween(date(received), date(at)));
    }

    /** The countdown shown on a case; null without a deadline. */
    Countdown countdown(Instant deadline, Instant now) {
        if (deadline == null) {
            return null;
        }
        if (now.isAfter(deadline)) {
            return new Countdown(Countdown.Kind.OVERDUE, overdueWorkingDays(deadline, now));
        }
        int left = calendar.workingDaysBetween(date(now), date(deadline));
        return left <= 0 ? new Countdown(Countdown.Kind.DUE_TODAY, 0) : new Countdown(Countdown.Kind.REMAINING, left);
    }

    LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
