package com.parkops.zone.web;

import com.parkops.zone.HolidayCalendars.Kind;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day to add to a year of the holiday calendar; {@code version} is the one the page was opened
 * with (empty while the year follows the installation defaults).
 */
record CalendarDayForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        Kind kind,
        String name) {

    static CalendarDayForm empty(Integer version) {
        return new CalendarDayForm(version, null, Kind.HOLIDAY, "");
    }
}
