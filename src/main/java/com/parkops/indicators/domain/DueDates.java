package com.parkops.indicators.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The reporting calendar: a month's report is due on the due day of the following month (the
 * last day when that month is shorter) and overdue from the day after.
 */
record DueDates(int dueDay) {

    LocalDate dueOn(YearMonth period) {
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    boolean pastDue(YearMonth period, LocalDate today) {
        return today.isAfter(dueOn(period));
    }

    /** Whether the month has begun, so that it can be reported. */
    boolean open(YearMonth period, LocalDate today) {
        return !period.isAfter(YearMonth.from(today));
    }

    /** The latest month whose due day has passed. */
    YearMonth lastClosed(LocalDate today) {
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        return pastDue(previous, today) ? previous : previous.minusMonths(1);
    }
}
