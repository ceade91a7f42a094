package com.parkops.zone.domain;

import com.parkops.zone.HolidayCalendars;
import com.parkops.zone.HolidayCalendars.Day;
import com.parkops.zone.HolidayCalendars.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a year of a holiday calendar must satisfy: every day inside the year and named, no day
 * listed twice, and a working weekend (调休) on a Saturday or Sunday — a weekday is a working day
 * anyway. A holiday may fall on a weekend: official holidays are published as whole runs of days.
 */
final class CalendarRules {

    static final int NAME_MAX = 40;

    private CalendarRules() {}

    static List<InputProblem> checkYear(int year) {
        if (year < HolidayCalendars.FIRST_YEAR || year > HolidayCalendars.LAST_YEAR) {
            return List.of(new InputProblem(
                    "year",
                    "calendar.error.year",
                    String.valueOf(HolidayCalendars.FIRST_YEAR),
                    String.valueOf(HolidayCalendars.LAST_YEAR)));
        }
        return List.of();
    }

    static List<InputProblem> check(int year, List<Day> holidays, List<Day> workingWeekends) {
        List<InputProblem> problems = new ArrayList<>(checkYear(year));
        Set<LocalDate> seen = new HashSet<>();
        checkList(year, Kind.HOLIDAY, holidays == null ? List.of() : holidays, "holidays", seen, problems);
        checkList(
                year,
                Kind.WORKDAY,
                workingWeekends == null ? List.of() : workingWeekends,
                "workingWeekends",
                seen,
                problems);
        return problems;
    }

    /** One day to add to a year whose listed days are {@code listed}; fields are day, kind and name. */
    static List<InputProblem> checkNew(int year, Kind kind, Day day, Set<LocalDate> listed) {
        List<InputProblem> problems = new ArrayList<>(checkYear(year));
        if (kind == null) {
            problems.add(new InputProblem("kind", "calendar.error.kindRequired"));
        }
        checkDay(year, kind, day == null ? new Day(null, null) : day, "", problems);
        if (day != null && day.day() != null && listed.contains(day.day())) {
            problems.add(new InputProblem("day", "calendar.error.listed", day.day()));
        }
        return problems;
    }

    private static void checkList(
            int year, Kind kind, List<Day> days, String field, Set<LocalDate> seen, List<InputProblem> problems) {
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i) == null ? new Day(null, null) : days.get(i);
            String prefix = field + "[" + i + "].";
            checkDay(year, kind, day, prefix, problems);
            if (day.day() != null && !seen.add(day.day())) {
                problems.add(new InputProblem(prefix + "day", "calendar.error.duplicate", day.day()));
            }
        }
    }

    private static void checkDay(int year, Kind kind, Day day, String prefix, List<InputProblem> problems) {
        if (day.day() == null) {
            problems.add(new InputProblem(prefix + "day", "calendar.error.dayRequired"));
        } else if (day.day().getYear() != year) {
            problems.add(
                    new InputProblem(prefix + "day", "calendar.error.outsideYear", day.day(), String.valueOf(year)));
        } else if (kind == Kind.WORKDAY && !isWeekend(day.day())) {
            problems.add(new InputProblem(prefix + "day", "calendar.error.notWeekend", day.day()));
        }
        if (day.name() == null || day.name().isBlank()) {
            problems.add(new InputProblem(prefix + "name", "calendar.error.nameRequired"));
        } else if (day.name().strip().length() > NAME_MAX) {
            problems.add(new InputProblem(prefix + "name", "calendar.error.nameTooLong", NAME_MAX));
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
