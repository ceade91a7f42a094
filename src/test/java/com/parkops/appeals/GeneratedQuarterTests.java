package com.parkops.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.appeals.GeneratedQuarter.Scenario;
import com.parkops.appeals.GeneratedQuarter.Step;
import com.parkops.support.IntegrationTest;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The "done means": a generated quarter of several hundred appeals, and the metrics the
 * API answers for it equal, for every department and the total, what the generator's own record of
 * what it did says they must be.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedQuarterTests {

    static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @Autowired
    ApplicationContext context;

    @Autowired
    AppealMetrics metrics;

    @Autowired
    UserDetailsService logins;

    @Autowired
    JdbcClient jdbc;

    GeneratedQuarter quarter;
    ZoneUser admin;

    @BeforeAll
    void generate() {
        quarter = QuarterGenerator.shared(context);
        String adminName = jdbc.sql("select username from zone.user_account where zone_id = :z and role = 'ADMIN'")
                .param("z", quarter.zoneId())
                .query(String.class)
                .single();
        admin = (ZoneUser) logins.loadUserByUsername(adminName);
    }

    @Test
    void shouldGenerateTheWholeMixOfHandling() {
        List<Step> all =
                quarter.scenarios().stream().flatMap(s -> s.steps().stream()).toList();
        assertThat(quarter.scenarios()).hasSize(300);
        assertThat(all).anyMatch(s -> s.action() == AppealAction.REPLY && Boolean.FALSE.equals(s.onTime()));
        assertThat(all).anyMatch(s -> s.action() == AppealAction.ACKNOWLEDGE && Boolean.FALSE.equals(s.onTime()));
        for (AppealAction action : List.of(
                AppealAction.REDISPATCH,
                AppealAction.APPROVE_RETURN,
                AppealAction.REJECT_RETURN,
                AppealAction.APPROVE_EXTENSION,
                AppealAction.REJECT_EXTENSION,
                AppealAction.REOPEN,
                AppealAction.MERGE)) {
            assertThat(all).as(action.name()).anyMatch(s -> s.action() == action);
        }
        assertThat(all.stream().map(Step::verdict).filter(v -> v != null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Satisfaction.values());
        assertThat(quarter.scenarios())
                .anyMatch(s -> s.steps().stream()
                                .map(Step::assigned)
                                .filter(d -> d != null)
                                .distinct()
                                .count()
                        >= 3);
        assertThat(quarter.scenarios()).anyMatch(s -> s.reminders() >= 2);
        assertThat(quarter.scenarios()).anyMatch(Scenario::escalated);
        assertThat(quarter.scenarios()).anyMatch(s -> !s.closed());
    }

    @Test
    void shouldLogTheRemindersTheGeneratorReckoned() {
        Map<UUID, Integer> reminded = new HashMap<>();
        Map<UUID, Integer> escalated = new HashMap<>();
        jdbc.sql("select appeal_id, kind, count(*) as n from appeals.appeal_event"
                        + " where zone_id = :z and kind in ('REMIND', 'ESCALATE') group by appeal_id, kind")
                .param("z", quarter.zoneId())
                .query(rs -> {
                    UUID id = rs.getObject("appeal_id", UUID.class);
                    (rs.getString("kind").equals("REMIND") ? reminded : escalated).put(id, rs.getInt("n"));
                });
        for (Scenario s : quarter.scenarios()) {
            assertThat(reminded.getOrDefault(s.appealId(), 0))
                    .as(s.description(quarter.departments()))
                    .isEqualTo(s.reminders());
            assertThat(escalated.getOrDefault(s.appealId(), 0))
                    .as(s.description(quarter.departments()))
                    .isEqualTo(s.escalated() ? 1 : 0);
        }
    }

    @Test
    void shouldAnswerTheQuartersMetricsAsReckonedByHand() {
        check(FROM, TO, false);
    }

    @Test
    void shouldAnswerAMonthsMetricsAsReckonedByHand() {
        check(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31), false);
    }

    @Test
    void shouldCountMergesWhenTheZoneSaysSo() {
        MetricDefinitions before = metrics.definitions(admin);
        try {
            metrics.saveDefinitions(
                    admin, new MetricDefinitions(MetricBase.CLOSED, MetricBase.DUE, true, Set.of(), before.version()));
            check(FROM, TO, true);
        } finally {
            MetricDefinitions now = metrics.definitions(admin);
            metrics.saveDefinitions(
                    admin, new MetricDefinitions(MetricBase.DUE, MetricBase.CLOSED, false, Set.of(), now.version()));
        }
    }

    private void check(LocalDate from, LocalDate to, boolean countMerged) {
        Instant start = from.atStartOfDay(quarter.timeZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(quarter.timeZone()).toInstant();
        Map<UUID, MetricCounts> expected =
                QuarterReckoning.metrics(quarter.scenarios(), start, end, ScenarioPlanner.SATISFIED, countMerged);
        MetricsReport report = metrics.report(admin, from, to);
        MetricDefinitions d = report.definitions();
        assertThat(d.countMerged()).isEqualTo(countMerged);
        assertThat(report.departments()).hasSize(5);
        for (DepartmentMetrics row : report.departments()) {
            MetricCounts want = expected.getOrDefault(row.departmentId(), MetricCounts.ZERO);
            assertThat(row.counts())
                    .as(row.departmentName() + "\n" + cases(row.departmentId()))
                    .isEqualTo(want);
            assertRates(row, want, d);
        }
        assertThat(report.total().counts()).isEqualTo(expected.get(null));
        assertRates(report.total(), expected.get(null), d);
        assertThat(expected.get(null).closed()).isGreaterThan(50);
        assertThat(expected.get(null).overdue()).isPositive();
    }

    /** The rates worked out again from the expected counts, by the definitions' words. */
    private static void assertRates(DepartmentMetrics row, MetricCounts c, MetricDefinitions d) {
        int resolutionBase = d.resolutionBase() == MetricBase.DUE ? c.closed() + c.overdue() : c.closed();
        int settlementBase = d.settlementBase() == MetricBase.DUE ? c.closed() + c.overdue() : c.closed();
        assertThat(row.rates())
                .isEqualTo(new MetricRates(
                        pct(c.closed(), c.closed() + c.overdue()),
                        pct(c.closedOnTime(), c.closed()),
                        pct(c.resolved(), resolutionBase),
                        pct(c.satisfied(), c.revisited()),
                        pct(c.redispatched(), c.dispatched()),
                        pct(c.resolved(), settlementBase)));
    }

    private static BigDecimal pct(int part, int whole) {
        return whole == 0 ? null : new BigDecimal(part * 100L).divide(new BigDecimal(whole), 2, RoundingMode.HALF_UP);
    }

    private String cases(UUID department) {
        Collection<Scenario> touched = quarter.scenarios().stream()
                .filter(s -> s.steps().stream().anyMatch(st -> department.equals(st.assigned())))
                .limit(40)
                .toList();
        return touched.stream().map(s -> s.description(quarter.departments())).collect(Collectors.joining("\n"));
    }
}
