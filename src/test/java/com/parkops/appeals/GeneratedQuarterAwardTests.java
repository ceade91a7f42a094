package com.parkops.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.shared.WorkdayCalendar;
import com.parkops.shared.events.ProjectNodeSlipped;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.zone.WorkCalendars;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "done means", award half: for the generated quarter (the same zone as {@link
 * GeneratedQuarterTests}), the 蜗牛奖 and 踢皮球奖 candidates {@link AppealAwards} names equal what
 * {@link AwardReckoning} works out by hand from the generator's record — which departments, which
 * rules, the figures and the evidence case numbers of each rule.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedQuarterAwardTests {

    static final LocalDate FIRST = LocalDate.of(2026, 7, 1);

    @Autowired
    ApplicationContext context;

    @Autowired
    AppealAwards awards;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    GeneratedQuarter quarter;
    WorkdayCalendar calendar;
    Instant now;
    List<ProjectNodeSlipped> nodes;

    @BeforeAll
    void generate() {
        quarter = QuarterGenerator.shared(context);
        calendar = context.getBean(WorkCalendars.class).of(quarter.zoneId());
        // two weeks after the quarter: cases still silent after a reminder keep waiting until now
        now = LocalDateTime.of(2026, 10, 15, 10, 0).atZone(quarter.timeZone()).toInstant();
        UUID department = new ArrayList<>(quarter.departments().keySet()).get(1);
        nodes = List.of(
                node(department, "竣工验收", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 7, 20)),
                node(department, "主体封顶", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 8, 6)));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> nodes.forEach(events::publishEvent));
    }

    private ProjectNodeSlipped node(UUID department, String name, LocalDate planned, LocalDate observed) {
        return new ProjectNodeSlipped(
                quarter.zoneId(),
                UUID.randomUUID(),
                "XM-Q3-" + name.length(),
                "生成季度的项目 " + name,
                UUID.randomUUID(),
                name,
                department,
                planned,
                observed,
                (int) ChronoUnit.DAYS.between(planned, observed));
    }

    @Test
    void shouldMeetEveryRuleInSomeDepartmentsAndMissItInOthers() {
        AwardReckoning.Expected expected = AwardReckoning.reckon(quarter, calendar, FIRST, now, nodes);
        for (AwardRule rule : AwardRule.values()) {
            Set<UUID> hit = expected.hits().getOrDefault(rule.award(), Map.of()).entrySet().stream()
                    .filter(e -> e.getValue().containsKey(rule))
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(hit).as(rule + " hit").isNotEmpty();
            assertThat(quarter.departments().keySet()).as(rule + " missed").isNotEqualTo(hit);
        }
        // the slipped node of ≤ 90 days is no evidence
        assertThat(expected.hits().get(AwardKind.SNAIL).values().stream()
                        .map(m -> m.get(AwardRule.SNAIL_NODE_SLIPPAGE))
                        .filter(h -> h != null)
                        .flatMap(h -> h.evidence().stream())
                        .map(AwardEvidence::nodeName))
                .containsExactly("竣工验收");
        // the prompt department is no candidate at all; the service centre never is
        UUID prompt = quarter.departments().keySet().iterator().next();
        expected.hits()
                .values()
                .forEach(byDepartment ->
                        assertThat(byDepartment).doesNotContainKeys(prompt, quarter.centreDepartment()));
    }

    @Test
    void shouldNameTheCandidatesAsReckonedByHand() {
        AwardReckoning.Expected expected = check(FIRST);
        assertThat(expected.hits().get(AwardKind.SNAIL)).hasSizeGreaterThan(1);
        assertThat(expected.hits().get(AwardKind.BALL)).hasSizeGreaterThan(1);
    }

    @Test
    void shouldNameOnlyTheSlippedNodeInTheQuarterBeforeAndNobodyInTheQuarterAfter() {
        // the node was more than 90 days late from 2 June: in Q2 too, where no appeal was handled
        AwardReckoning.Expected before = check(LocalDate.of(2026, 4, 1));
        assertThat(before.zonePercent()).isNull();
        assertThat(before.hits()).containsOnlyKeys(AwardKind.SNAIL);
        assertThat(before.hits().get(AwardKind.SNAIL)).hasSize(1);
        AwardReckoning.Expected after = check(LocalDate.of(2026, 10, 1));
        assertThat(after.hits()).isEmpty();
    }

    /** Asks for the candidates of the quarter beginning on {@code first} and compares them with the reckoning. */
    private AwardReckoning.Expected check(LocalDate first) {
        AwardReckoning.Expected expected = AwardReckoning.reckon(quarter, calendar, first, now, nodes);
        AwardCandidates found;
        clock.set(now);
        try {
            found = awards.candidates(quarter.zoneId(), first.getYear(), (first.getMonthValue() + 2) / 3);
        } finally {
            clock.reset();
        }
        assertThat(found.from())
                .isEqualTo(first.atStartOfDay(quarter.timeZone()).toInstant());
        assertThat(found.settings())
                .isEqualTo(new AwardSettings(
                        AwardReckoning.OVERDUE_CASES,
                        new BigDecimal(AwardReckoning.OVERDUE_RATE_PERCENT).setScale(2),
                        AwardReckoning.DAYS_AFTER_REMINDER,
                        AwardReckoning.REMINDERS_PER_CASE,
                        AwardReckoning.SLIP_DAYS,
                        AwardReckoning.REJECTED_RETURNS,
                        AwardReckoning.DEPARTMENTS_PER_CASE,
                        new BigDecimal(AwardReckoning.REDISPATCH_POINTS).setScale(2),
                        AwardReckoning.MIN_DISPATCHED,
                        0));
        assertThat(found.zoneRedispatchPercent()).isEqualTo(expected.zonePercent());
        for (AwardKind award : AwardKind.values()) {
            Map<UUID, Map<AwardRule, AwardRuleHit>> want = expected.hits().getOrDefault(award, Map.of());
            Map<UUID, Map<AwardRule, AwardRuleHit>> got = new LinkedHashMap<>();
            for (AwardCandidate c : found.of(award)) {
                assertThat(c.departmentName()).isEqualTo(quarter.departments().get(c.departmentId()));
                assertThat(c.decision()).isNull();
                Map<AwardRule, AwardRuleHit> rules = new EnumMap<>(AwardRule.class);
                c.hits().forEach(h -> rules.put(h.rule(), h));
                got.put(c.departmentId(), rules);
            }
            assertThat(names(got.keySet())).as(award + " candidates").isEqualTo(names(want.keySet()));
            for (UUID department : want.keySet()) {
                String who = award + " " + quarter.departments().get(department);
                Map<AwardRule, AwardRuleHit> wantRules = want.get(department);
                Map<AwardRule, AwardRuleHit> gotRules = got.get(department);
                assertThat(gotRules.keySet()).as(who + " rules").isEqualTo(wantRules.keySet());
                for (AwardRule rule : wantRules.keySet()) {
                    assertThat(caseNumbers(gotRules.get(rule)))
                            .as(who + " " + rule + " evidence")
                            .isEqualTo(caseNumbers(wantRules.get(rule)));
                    assertThat(gotRules.get(rule)).as(who + " " + rule).isEqualTo(wantRules.get(rule));
                }
            }
        }
        return expected;
    }

    private Set<String> names(Set<UUID> departments) {
        return departments.stream().map(quarter.departments()::get).collect(Collectors.toSet());
    }

    private static List<String> caseNumbers(AwardRuleHit hit) {
        return hit.evidence().stream()
                .map(e -> e.caseNumber() == null ? e.nodeName() : e.caseNumber())
                .toList();
    }
}
