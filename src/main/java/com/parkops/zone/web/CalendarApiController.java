package com.parkops.zone.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.HolidayCalendars;
import com.parkops.zone.HolidayCalendars.Day;
import com.parkops.zone.HolidayCalendars.Year;
import com.parkops.zone.WorkCalendars;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The zone's holiday calendar, one year at a time, and working-day arithmetic on it. Read:
 * administrators, leaders, staff; replace a year: administrators. Working days: every signed-in user.
 */
@RestController
@RequestMapping("/api/v1/zone/calendar")
class CalendarApiController {

    /**
     * A year of the calendar. {@code source} is {@code default} while the zone follows the
     * installation defaults for the year, {@code zone} once it edited it; send {@code version} back
     * with a replacement (null or absent when the defaults were read).
     */
    record CalendarYear(
            Integer year,
            List<Day> holidays,
            List<Day> workingWeekends,
            String source,
            Integer version,
            String updatedBy,
            Instant updatedAt) {

        static CalendarYear of(Year year) {
            return new CalendarYear(
                    year.year(),
                    year.holidays(),
                    year.workingWeekends(),
                    year.zoneOwned() ? "zone" : "default",
                    year.version(),
                    year.updatedBy(),
                    year.updatedAt());
        }
    }

    /** The working day {@code days} working days after {@code from} (0 = {@code from} itself). */
    record WorkingDay(LocalDate from, int days, LocalDate date) {}

    static final int MAX_DAYS = 3650;

    private final HolidayCalendars calendars;
    private final WorkCalendars workCalendars;
    private final Zones zones;
    private final MessageSource messages;

    CalendarApiController(
            HolidayCalendars calendars, WorkCalendars workCalendars, Zones zones, MessageSource messages) {
        this.calendars = calendars;
        this.workCalendars = workCalendars;
        this.zones = zones;
        this.messages = messages;
    }

    /** The year (this year in the zone's time zone when not given). */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    CalendarYear get(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year) {
        int shown = year == null ? zones.today(user.zoneId()).getYear() : year;
        if (shown < HolidayCalendars.FIRST_YEAR || shown > HolidayCalendars.LAST_YEAR) {
            throw invalid("year", "calendar.error.year", HolidayCalendars.FIRST_YEAR, HolidayCalendars.LAST_YEAR);
        }
        return CalendarYear.of(calendars.year(user.zoneId(), shown));
    }

    /**
     * Replaces the year's holidays and working weekends as a whole; the first replacement of a year
     * makes it the zone's own. 422 lists every invalid field; 409 when {@code version} is stale.
     */
    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    CalendarYear put(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam(required = false) Integer year,
            @RequestBody CalendarYear body) {
        if (body.year() == null) {
            throw invalid("year", "calendar.error.yearRequired");
        }
        if (year != null && !year.equals(body.year())) {
            throw invalid("year", "calendar.error.yearMismatch", year);
        }
        return CalendarYear.of(calendars.replace(
                admin.zoneId(),
                body.year(),
                body.holidays() == null ? List.of() : body.holidays(),
                body.workingWeekends() == null ? List.of() : body.workingWeekends(),
                body.version(),
                admin.getUsername()));
    }

    @GetMapping("/working-days")
    @PreAuthorize("isAuthenticated()")
    WorkingDay workingDays(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw invalid("days", "calendar.error.days", MAX_DAYS);
        }
        return new WorkingDay(from, days, workCalendars.of(user.zoneId()).plusWorkingDays(from, days));
    }

    private InvalidInputException invalid(String field, String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        var locale = LocaleContextHolder.getLocale();
        return new InvalidInputException(
                messages.getMessage("calendar.error.invalid", null, locale),
                List.of(new InputError(null, field, messages.getMessage(key, texts, locale))));
    }
}
