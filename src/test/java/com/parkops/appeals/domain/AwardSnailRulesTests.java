package com.parkops.appeals.domain;

import static com.parkops.appeals.domain.AwardScenario.hit;
import static com.parkops.appeals.domain.AwardScenario.july;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.appeals.AwardCandidates;
import com.parkops.appeals.AwardEvidence;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardRule;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.AwardSettings;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.support.TestZones;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 蜗牛奖 rules (a)–(c) on steps taken through the workflow at chosen instants of July 2026, with the
 * reminder job run at chosen instants. Dispatch Mon 07-06 09:00: acknowledge by Tue 07-07 18:00,
 * reply by Thu 07-09 18:00.
 */
@IntegrationTest
class AwardSnailRulesTests {

    @Autowired
    TestZones zones;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService details;

    @Autowired
    AppealCategories categories;

    @Autowired
    AppealIntake intake;

    @Autowired
    AppealWorkflow workflow;

    @Autowired
    AppealAwards awards;

    @Autowired
    AppealReminders reminders;

    @Autowired
    TestClock clock;

    AwardScenario s;

    @BeforeEach
    void zone() {
        s = new AwardScenario(zones, users, details, categories, intake, workflow, awards, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldFindOverdueCasesByCountAndByRate() {
        UUID a1 = s.dispatched(s.a, july(6, 9, 0));
        UUID a2 = s.dispatched(s.a, july(6, 9, 0));
        UUID a3 = s.dispatched(s.a, july(6, 9, 0));
        UUID b1 = s.dispatched(s.b, july(6, 9, 0));
        UUID b2 = s.dispatched(s.b, july(6, 9, 0));
        s.handle(s.staffA, a1, july(8, 10, 0), july(9, 10, 0)); // acknowledged 1 working day late
        s.handle(s.staffA, a2, july(8, 10, 0), july(9, 10, 0)); // acknowledged 1 working day late
        s.handle(s.staffA, a3, july(8, 10, 0), july(13, 10, 0)); // and replied 2 working days late (Fri, Mon)
        s.handle(s.staffB, b1, july(8, 10, 0), july(9, 10, 0)); // acknowledged 1 working day late
        s.handle(s.staffB, b2, july(6, 15, 0), july(7, 10, 0)); // on time
        ZoneUser admin = (ZoneUser) details.loadUserByUsername(s.zone.admin());
        AwardSettings defaults = AwardSettings.defaults();
        awards.saveSettings(admin, withRate(defaults, "60", 0));

        AwardCandidates found = s.candidates(july(20, 12, 0));
        AwardRuleHit a =
                hit(found, AwardKind.SNAIL, s.a, AwardRule.SNAIL_OVERDUE).orElseThrow();
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.base()).isEqualTo(3);
        assertThat(a.ratePercent()).isEqualByComparingTo("100.00");
        assertThat(a.evidence())
                .extracting(AwardEvidence::caseNumber, AwardEvidence::step, AwardEvidence::days)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(s.caseNumber(a1), AppealAction.ACKNOWLEDGE, 1),
                        org.assertj.core.groups.Tuple.tuple(s.caseNumber(a2), AppealAction.ACKNOWLEDGE, 1),
                        org.assertj.core.groups.Tuple.tuple(s.caseNumber(a3), AppealAction.REPLY, 2));
        // B: 1 overdue of 2 handled = 50 %: below 3 cases and below 60 %
        assertThat(hit(found, AwardKind.SNAIL, s.b, AwardRule.SNAIL_OVERDUE)).isEmpty();

        awards.saveSettings(admin, withRate(defaults, "50", 1));
        AwardRuleHit b = hit(s.candidates(july(20, 12, 0)), AwardKind.SNAIL, s.b, AwardRule.SNAIL_OVERDUE)
                .orElseThrow();
        assertThat(b.count()).isEqualTo(1);
        assertThat(b.base()).isEqualTo(2);
        assertThat(b.ratePercent()).isEqualByComparingTo("50.00");
        assertThat(b.evidence()).extracting(AwardEvidence::caseNumber).containsExactly(s.caseNumber(b1));
    }

    @Test
    void shouldFindRemindersLeftUnansweredAndCasesRemindedTwice() {
        UUID x = s.dispatched(s.a, july(6, 9, 0));
        UUID y = s.dispatched(s.b, july(6, 9, 0));
        UUID z = s.dispatched(s.c, july(6, 9, 0));
        clock.set(july(7, 18, 30));
        reminders.remindOverdue(); // the acknowledgement of x, y and z is overdue
        s.act(s.staffB, y, AppealAction.ACKNOWLEDGE, july(14, 9, 0)); // 5 working days after: not more than 5
        s.act(s.staffB, y, AppealAction.START, july(14, 10, 0));
        s.act(s.staffB, y, AppealAction.REPLY, july(14, 10, 0), "已答复", null);
        s.act(s.staffA, x, AppealAction.ACKNOWLEDGE, july(15, 10, 0)); // 6 working days after the reminder
        clock.set(july(15, 18, 30));
        reminders.remindOverdue(); // x: its reply (due 07-09); y: the service centre's revisit (not B's step)
        s.act(s.staffA, x, AppealAction.START, july(16, 10, 0));
        s.act(s.staffA, x, AppealAction.REPLY, july(16, 10, 0), "已答复", null);

        AwardCandidates found = s.candidates(july(20, 12, 0));
        AwardRuleHit waitA =
                hit(found, AwardKind.SNAIL, s.a, AwardRule.SNAIL_REMINDER_WAIT).orElseThrow();
        assertThat(waitA.evidence())
                .extracting(AwardEvidence::caseNumber, AwardEvidence::days, AwardEvidence::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.caseNumber(x), 6, true));
        // z is still not acknowledged: 07-08 … 07-20 are 9 working days
        AwardRuleHit waitC =
                hit(found, AwardKind.SNAIL, s.c, AwardRule.SNAIL_REMINDER_WAIT).orElseThrow();
        assertThat(waitC.evidence())
                .extracting(AwardEvidence::caseNumber, AwardEvidence::days, AwardEvidence::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.caseNumber(z), 9, false));
        assertThat(hit(found, AwardKind.SNAIL, s.b, AwardRule.SNAIL_REMINDER_WAIT))
                .isEmpty();

        AwardRuleHit twice =
                hit(found, AwardKind.SNAIL, s.a, AwardRule.SNAIL_REMINDERS).orElseThrow();
        assertThat(twice.evidence())
                .extracting(AwardEvidence::caseNumber, AwardEvidence::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.caseNumber(x), 2));
        assertThat(hit(found, AwardKind.SNAIL, s.b, AwardRule.SNAIL_REMINDERS)).isEmpty();
        assertThat(hit(found, AwardKind.SNAIL, s.c, AwardRule.SNAIL_REMINDERS)).isEmpty();

        // measured on 07-14 the silence of z lasted 5 working days: not yet a hit
        assertThat(hit(s.candidates(july(14, 12, 0)), AwardKind.SNAIL, s.c, AwardRule.SNAIL_REMINDER_WAIT))
                .isEmpty();
    }

    private static AwardSettings withRate(AwardSettings d, String rate, int version) {
        return new AwardSettings(
                d.snailOverdueCases(),
                new BigDecimal(rate),
                d.snailDaysAfterReminder(),
                d.snailRemindersPerCase(),
                d.snailSlipDays(),
                d.ballRejectedReturns(),
                d.ballDepartmentsPerCase(),
                d.ballRedispatchPoints(),
                d.ballMinDispatched(),
                version);
    }
}
