package com.parkops.zone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Editing a zone's holiday calendar, one year at a time. Until a zone edits a year it follows the
 * installation defaults (the State Council's published holidays and adjusted working weekends);
 * the first edit copies that year's defaults into the zone's own rows, which from then on replace
 * the defaults for that year only. {@link WorkCalendars#of(UUID)} reads the result.
 *
 * <p>Every edit carries the {@code version} the editor read ({@code null} when it read the
 * defaults): a stale one fails with {@link org.springframework.dao.OptimisticLockingFailureException}
 * and changes nothing. Invalid days fail with {@link com.parkops.shared.InvalidInputException}
 * listing every problem. Every edit is audited as entity type {@code calendar}, id = the year.
 */
public interface HolidayCalendars {

    /** What a listed day is: an official day off, or a Saturday or Sunday worked instead (调休). */
    enum Kind {
        HOLIDAY,
        WORKDAY
    }

    /** One listed day and its name, e.g. 2026-02-16 春节. */
    record Day(LocalDate day, String name) {}

    /**
     * A year of the zone's calendar.
     *
     * @param zoneOwned false while the zone follows the installation defaults for the year
     * @param version the version to send with the next edit; null while the defaults apply
     * @param updatedBy who last edited the year, null while the defaults apply
     */
    record Year(
            int year,
            List<Day> holidays,
            List<Day> workingWeekends,
            boolean zoneOwned,
            Integer version,
            String updatedBy,
            Instant updatedAt) {

        public Year {
            holidays = List.copyOf(holidays);
            workingWeekends = List.copyOf(workingWeekends);
        }
    }

    /** Lowest and highest year that may be edited. */
    int FIRST_YEAR = 2000;

    int LAST_YEAR = 2100;

    /** The year as it applies to the zone: its own days once edited, otherwise the defaults. */
    Year year(UUID zoneId, int year);

    /**
     * Replaces the whole year. Fields in errors are named {@code holidays[i].day}, {@code
     * holidays[i].name}, {@code workingWeekends[i].day} … by position in the lists given.
     */
    Year replace(UUID zoneId, int year, List<Day> holidays, List<Day> workingWeekends, Integer version, String actor);

    /** Adds one day; errors name the fields {@code day}, {@code kind} and {@code name}. */
    Year add(UUID zoneId, int year, Kind kind, Day day, Integer version, String actor);

    /** Removes one listed day (nothing happens to the days when it is not listed). */
    Year remove(UUID zoneId, int year, LocalDate day, Integer version, String actor);

    /** Drops the zone's own days of the year, so the installation defaults apply again. */
    Year reset(UUID zoneId, int year, Integer version, String actor);
}
