package com.parkops.appeals.domain;

import static com.parkops.appeals.domain.AwardScenario.hit;
import static com.parkops.appeals.domain.AwardScenario.july;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 踢皮球奖 rules (a)–(c) on steps taken through the workflow in July 2026. */
@IntegrationTest
class AwardBallRulesTests {

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
    void shouldFindTwoReturnsRejectedAsUnjustified() {
        UUID a1 = s.dispatched(s.a, july(6, 9, 0));
        UUID a2 = s.dispatched(s.a, july(6, 9, 0));
        UUID b1 = s.dispatched(s.b, july(6, 9, 0));
        rejectedReturn(s.staffA, a1, "职责明确，由经发局办理");
        rejectedReturn(s.staffA, a2, "已有先例，由经发局办理");
        rejectedReturn(s.staffB, b1, "用地问题归自规分局");

        AwardCandidates found = s.candidates(july(20, 12, 0));
        AwardRuleHit a =
                hit(found, AwardKind.BALL, s.a, AwardRule.BALL_REJECTED_RETURNS).orElseThrow();
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.evidence())
                .extracting(AwardEvidence::caseNumber, AwardEvidence::text)
                .containsExactly(tuple(s.caseNumber(a1), "职责明确，由经发局办理"), tuple(s.caseNumber(a2), "已有先例，由经发局办理"));
        assertThat(hit(found, AwardKind.BALL, s.b, AwardRule.BALL_REJECTED_RETURNS))
                .isEmpty();
    }

    @Test
    void shouldBlameTheDepartmentsThatPassedACaseOnBeforeTheThirdAcknowledged() {
        UUID p = s.dispatched(s.a, july(6, 9, 0));
        s.act(s.centre, p, AppealAction.REDISPATCH, july(6, 10, 0), null, s.b);
        s.act(s.staffB, p, AppealAction.ACKNOWLEDGE, july(6, 11, 0));
        s.act(s.staffB, p, AppealAction.REQUEST_RETURN, july(6, 14, 0), "不属本局职责", null);
        s.act(s.centre, p, AppealAction.APPROVE_RETURN, july(6, 15, 0), "改派市监局", s.c);
        s.act(s.staffC, p, AppealAction.ACKNOWLEDGE, july(7, 9, 0));
        UUID q = s.dispatched(s.a, july(6, 9, 0)); // only two departments before it stuck
        s.act(s.centre, q, AppealAction.REDISPATCH, july(6, 10, 0), null, s.b);
        s.act(s.staffB, q, AppealAction.ACKNOWLEDGE, july(6, 11, 0));

        AwardCandidates found = s.candidates(july(20, 12, 0));
        String nameA = users.department(s.zone.id(), s.a).orElseThrow().name();
        for (UUID passer : List.of(s.a, s.b)) {
            AwardRuleHit h = hit(found, AwardKind.BALL, passer, AwardRule.BALL_PASSED_AROUND)
                    .orElseThrow();
            assertThat(h.evidence())
                    .extracting(AwardEvidence::caseNumber, AwardEvidence::count, AwardEvidence::departments)
                    .containsExactly(tuple(s.caseNumber(p), 3, List.of(nameA, "自然资源和规划分局", "市场监督管理局")));
        }
        assertThat(hit(found, AwardKind.BALL, s.c, AwardRule.BALL_PASSED_AROUND))
                .isEmpty();
    }

    @Test
    void shouldCompareEachRedispatchRateWithTheZoneAndIgnoreFewCases() {
        UUID a1 = s.dispatched(s.a, july(6, 9, 0));
        UUID a2 = s.dispatched(s.a, july(6, 9, 0));
        s.dispatched(s.a, july(6, 9, 0));
        UUID c1 = s.dispatched(s.c, july(6, 9, 0));
        s.dispatched(s.c, july(6, 9, 0));
        s.dispatched(s.b, july(6, 9, 0));
        s.act(s.centre, a1, AppealAction.REDISPATCH, july(6, 10, 0), null, s.b);
        s.act(s.centre, a2, AppealAction.REDISPATCH, july(6, 10, 0), null, s.b);
        s.act(s.centre, c1, AppealAction.REDISPATCH, july(6, 10, 0), null, s.b);
        // dispatched: A 3, B 1 + 3 = 4, C 2 (9); moved away: A 2, C 1 (3); zone 3 / 9 = 33.33 %

        AwardCandidates found = s.candidates(july(20, 12, 0));
        assertThat(found.zoneRedispatchPercent()).isEqualByComparingTo("33.33");
        AwardRuleHit a =
                hit(found, AwardKind.BALL, s.a, AwardRule.BALL_REDISPATCH_RATE).orElseThrow();
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.base()).isEqualTo(3);
        assertThat(a.ratePercent()).isEqualByComparingTo("66.67");
        assertThat(a.zonePercent()).isEqualByComparingTo("33.33");
        assertThat(a.evidence())
                .extracting(AwardEvidence::caseNumber)
                .containsExactly(s.caseNumber(a1), s.caseNumber(a2));
        // C: 50 % is 16.67 points above, but only 2 cases were dispatched to it (minimum 3)
        assertThat(hit(found, AwardKind.BALL, s.c, AwardRule.BALL_REDISPATCH_RATE))
                .isEmpty();
        assertThat(hit(found, AwardKind.BALL, s.b, AwardRule.BALL_REDISPATCH_RATE))
                .isEmpty();

        ZoneUser admin = (ZoneUser) details.loadUserByUsername(s.zone.admin());
        AwardSettings d = AwardSettings.defaults();
        awards.saveSettings(admin, thresholds(d, "10", 2, 0));
        assertThat(hit(s.candidates(july(20, 12, 0)), AwardKind.BALL, s.c, AwardRule.BALL_REDISPATCH_RATE))
                .hasValueSatisfying(h -> assertThat(h.ratePercent()).isEqualByComparingTo("50.00"));
        awards.saveSettings(admin, thresholds(d, "40", 2, 1)); // A is 33.33 points above, C 16.67
        AwardCandidates stricter = s.candidates(july(20, 12, 0));
        assertThat(hit(stricter, AwardKind.BALL, s.a, AwardRule.BALL_REDISPATCH_RATE))
                .isEmpty();
        assertThat(hit(stricter, AwardKind.BALL, s.c, AwardRule.BALL_REDISPATCH_RATE))
                .isEmpty();
    }

    private void rejectedReturn(ZoneUser staff, UUID id, String reason) {
        s.act(staff, id, AppealAction.ACKNOWLEDGE, july(6, 10, 0));
        s.act(staff, id, AppealAction.REQUEST_RETURN, july(6, 11, 0), "不属于本部门职责", null);
        s.act(s.centre, id, AppealAction.REJECT_RETURN, july(6, 14, 0), reason, null);
    }

    private static AwardSettings thresholds(AwardSettings d, String points, int minDispatched, int version) {
        return new AwardSettings(
                d.snailOverdueCases(),
                d.snailOverdueRatePercent(),
                d.snailDaysAfterReminder(),
                d.snailRemindersPerCase(),
                d.snailSlipDays(),
                d.ballRejectedReturns(),
                d.ballDepartmentsPerCase(),
                new BigDecimal(points),
                minDispatched,
                version);
    }
}
