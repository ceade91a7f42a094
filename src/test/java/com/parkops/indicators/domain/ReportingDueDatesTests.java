package com.parkops.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingDueDatesTests {

    private final DueDates tenth = new DueDates(10);

    @Test
    void shouldMakeAMonthDueOnTheDueDayOfTheFollowingMonth() {
        assertThat(tenth.dueOn(YearMonth.of(2025, 3))).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(tenth.dueOn(YearMonth.of(2025, 12))).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void shouldEndTheDueDayWithAShortMonth() {
        assertThat(new DueDates(31).dueOn(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void shouldBeOverdueOnlyFromTheDayAfterTheDueDay() {
        YearMonth march = YearMonth.of(2025, 3);

        assertThat(tenth.pastDue(march, LocalDate.of(2025, 4, 10))).isFalse();
        assertThat(tenth.pastDue(march, LocalDate.of(2025, 4, 11))).isTrue();
    }

    @Test
    void shouldCloseTheLastMonthOnlyAfterItsDueDay() {
        assertThat(tenth.lastClosed(LocalDate.of(2025, 4, 10))).isEqualTo(YearMonth.of(2025, 2));
        assertThat(tenth.lastClosed(LocalDate.of(2025, 4, 11))).isEqualTo(YearMonth.of(2025, 3));
        assertThat(tenth.lastClosed(LocalDate.of(2025, 1, 15))).isEqualTo(YearMonth.of(2024, 12));
    }

    @Test
    void shouldOpenAMonthOnceItHasBegun() {
        assertThat(tenth.open(YearMonth.of(2025, 4), LocalDate.of(2025, 4, 1))).isTrue();
        assertThat(tenth.open(YearMonth.of(2025, 5), LocalDate.of(2025, 4, 30))).isFalse();
    }
}
