package com.parkops.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days of a zone: Monday to Friday, minus official holidays, plus adjusted working
 * weekends (调休). Deadlines in working days count from the day after the start: "1 working day
 * from Friday" is the next Monday (unless that is a holiday).
 *
 * @param holidays days off that would otherwise be working days
 * @param workingWeekends Saturdays and Sundays that are working days
 */
public record WorkdayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {

    /** A plain calendar: Monday to Friday, no holidays. */
    public static final WorkdayCalendar WEEKDAYS = new WorkdayCalendar(Set.of(), Set.of());

    public WorkdayCalendar {
        holidays = Set.copyOf(holidays);
        workingWeekends = Set.copyOf(workingWeekends);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day {@code days} working days after {@code start} (0 = start itself). */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}. "How many working days overdue" is {@code workingDaysBetween(deadline, today)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
