package com.parkops.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkdayCalendarTests {

    // 2026 National Day: 1–7 October off, Saturday 10 October worked
    private final WorkdayCalendar calendar = new WorkdayCalendar(
            Set.of(
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 2),
                    LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6),
                    LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)));

    @Test
    void shouldSkipHolidaysAndCountAdjustedWorkingWeekends() {
        // Wednesday 30 September + 1 working day → Thursday 8 October
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // Friday 9 October + 1 → Saturday 10 October (调休)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void shouldCountWorkingDaysBetweenTwoDaysInEitherOrder() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
                .isEqualTo(4); // 8, 9, 10 (Sat, worked), 12
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 30)))
                .isEqualTo(-4);
        assertThat(WorkdayCalendar.WEEKDAYS.plusWorkingDays(LocalDate.of(2026, 11, 27), 1))
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
