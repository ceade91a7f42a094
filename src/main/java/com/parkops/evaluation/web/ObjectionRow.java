package com.parkops.evaluation.web;

import com.parkops.evaluation.Objection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An objection with its run's window as seen today: {@code daysLeft} is 0 on the last day and
 * negative once the window has closed; null when the run has no window.
 */
record ObjectionRow(Objection objection, Long daysLeft) {

    static ObjectionRow of(Objection objection, LocalDate today) {
        return new ObjectionRow(objection, daysLeft(objection.objectionUntil(), today));
    }

    static Long daysLeft(LocalDate until, LocalDate today) {
        return until == null ? null : ChronoUnit.DAYS.between(today, until);
    }
}
