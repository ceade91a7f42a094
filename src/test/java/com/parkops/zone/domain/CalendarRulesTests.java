package com.parkops.zone.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.zone.HolidayCalendars.Day;
import com.parkops.zone.HolidayCalendars.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarRulesTests {

    @Test
    void shouldAcceptAHolidayOnAWeekendAndAWorkingSaturday() {
        assertThat(CalendarRules.check(
                        2026,
                        List.of(new Day(LocalDate.of(2026, 2, 21), "春节")),
                        List.of(new Day(LocalDate.of(2026, 2, 28), "春节调休"))))
                .isEmpty();
    }

    @Test
    void shouldRefuseAWorkingWeekendOnAWeekday() {
        assertThat(CalendarRules.check(2026, List.of(), List.of(new Day(LocalDate.of(2026, 3, 4), "调休"))))
                .extracting(InputProblem::field, InputProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("workingWeekends[0].day", "calendar.error.notWeekend"));
    }

    @Test
    void shouldRefuseADayListedAsBothHolidayAndWorkingWeekend() {
        var saturday = LocalDate.of(2026, 2, 28);

        assertThat(CalendarRules.check(2026, List.of(new Day(saturday, "春节")), List.of(new Day(saturday, "调休"))))
                .extracting(InputProblem::field)
                .containsExactly("workingWeekends[0].day");
    }

    @Test
    void shouldRefuseANewDayThatIsAlreadyListed() {
        var day = LocalDate.of(2026, 10, 1);

        assertThat(CalendarRules.checkNew(2026, Kind.HOLIDAY, new Day(day, "国庆"), Set.of(day)))
                .extracting(InputProblem::field, InputProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("day", "calendar.error.listed"));
    }

    @Test
    void shouldRefuseAYearOutsideTheSupportedRange() {
        assertThat(CalendarRules.checkYear(1999))
                .extracting(InputProblem::field)
                .containsExactly("year");
        assertThat(CalendarRules.checkYear(2026)).isEmpty();
    }
}
