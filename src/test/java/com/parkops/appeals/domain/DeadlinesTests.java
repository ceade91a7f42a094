package com.parkops.appeals.domain;

import static com.parkops.appeals.domain.AppealFixtures.DEADLINES;
import static com.parkops.appeals.domain.AppealFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.appeals.AppealType;
import com.parkops.appeals.Countdown;
import com.parkops.appeals.Urgency;
import org.junit.jupiter.api.Test;

/** Working-day deadlines over the 2026 Mid-Autumn and National Day holidays, at 18:00 Beijing time. */
class DeadlinesTests {

    @Test
    void shouldCountReplyDeadlinesPastNationalDayAndItsWorkingSaturday() {
        var dispatched = at("2026-09-30T10:00");
        // 10-1..7 off; working days after 9-30: Thu 10-8, Fri 10-9, Sat 10-10 (调休), Mon 10-12, Tue 10-13
        assertThat(DEADLINES.replyBy(dispatched, AppealType.COMPLAINT)).isEqualTo(at("2026-10-13T18:00"));
        assertThat(DEADLINES.replyBy(dispatched, AppealType.CONSULT)).isEqualTo(at("2026-10-10T18:00"));
        assertThat(DEADLINES.acknowledgeBy(dispatched, Urgency.NORMAL)).isEqualTo(at("2026-10-08T18:00"));
        assertThat(DEADLINES.returnBy(dispatched)).isEqualTo(at("2026-10-09T18:00"));
        assertThat(DEADLINES.revisitBy(dispatched)).isEqualTo(at("2026-10-08T18:00"));
    }

    @Test
    void shouldSkipMidAutumnAndCountTheWorkingSunday() {
        // Thu 9-24: Fri 9-25 to Sun 9-27 are off, Mon 9-28 is the next working day
        assertThat(DEADLINES.acknowledgeBy(at("2026-09-24T17:00"), Urgency.NORMAL))
                .isEqualTo(at("2026-09-28T18:00"));
        // Fri 9-18 after hours: Sunday 9-20 is a working day (调休)
        assertThat(DEADLINES.acknowledgeBy(at("2026-09-18T20:00"), Urgency.NORMAL))
                .isEqualTo(at("2026-09-20T18:00"));
    }

    @Test
    void shouldGiveAnUrgentAppealTwoClockHoursEvenOnAHoliday() {
        assertThat(DEADLINES.acknowledgeBy(at("2026-10-02T09:30"), Urgency.URGENT))
                .isEqualTo(at("2026-10-02T11:30"));
    }

    @Test
    void shouldExtendAcrossTheHoliday() {
        assertThat(DEADLINES.extend(at("2026-09-30T18:00"), 3)).isEqualTo(at("2026-10-10T18:00"));
        assertThat(DEADLINES.extend(at("2026-09-30T18:00"), 10)).isEqualTo(at("2026-10-20T18:00"));
    }

    @Test
    void shouldCountDownInWorkingDays() {
        var deadline = at("2026-10-13T18:00");
        assertThat(DEADLINES.countdown(deadline, at("2026-09-30T11:00")))
                .isEqualTo(new Countdown(Countdown.Kind.REMAINING, 5));
        assertThat(DEADLINES.countdown(deadline, at("2026-10-09T09:00")))
                .isEqualTo(new Countdown(Countdown.Kind.REMAINING, 3));
        assertThat(DEADLINES.countdown(deadline, at("2026-10-13T17:59")))
                .isEqualTo(new Countdown(Countdown.Kind.DUE_TODAY, 0));
        assertThat(DEADLINES.countdown(deadline, at("2026-10-13T18:30")))
                .isEqualTo(new Countdown(Countdown.Kind.OVERDUE, 0));
        assertThat(DEADLINES.countdown(deadline, at("2026-10-16T09:00")))
                .isEqualTo(new Countdown(Countdown.Kind.OVERDUE, 3));
        assertThat(DEADLINES.countdown(null, at("2026-10-16T09:00"))).isNull();
    }

    @Test
    void shouldCountWorkingDaysTakenAndOverdueDays() {
        assertThat(DEADLINES.workingDaysTaken(at("2026-09-30T09:00"), at("2026-10-09T09:00")))
                .isEqualTo(2);
        assertThat(DEADLINES.overdueWorkingDays(at("2026-09-30T18:00"), at("2026-10-12T10:00")))
                .isEqualTo(4);
        assertThat(DEADLINES.overdueWorkingDays(at("2026-09-30T18:00"), at("2026-09-30T17:00")))
                .isZero();
    }
}
