package com.parkops.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AwardEvidence;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardRule;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.AwardSettings;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.events.ProjectNodeSlipped;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.support.TestZones;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 蜗牛奖 rule (d) fed by {@link ProjectNodeSlipped}, and the zone's thresholds. */
@IntegrationTest
class AwardSlippageAndSettingsTests {

    @Autowired
    TestZones zones;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService details;

    @Autowired
    AppealAwards awards;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldKeepTheWorstSlippagePerNodeAndCountNodesLateMoreThanNinetyDaysInTheQuarter() {
        var zone = zones.create();
        UUID other = users.createDepartment(zone.id(), "住建局", "住建", "test").id();
        UUID project = UUID.randomUUID();
        UUID node = UUID.randomUUID();
        LocalDate planned = LocalDate.of(2026, 3, 1);
        // more than 90 days late from 2026-05-31 (planned + 91) to each observation
        publish(new ProjectNodeSlipped(
                zone.id(),
                project,
                "XM-001",
                "智能装备产业园",
                node,
                "主体封顶",
                zone.departmentId(),
                planned,
                LocalDate.of(2026, 6, 5),
                96));
        publish(new ProjectNodeSlipped(
                zone.id(),
                project,
                "XM-001",
                "智能装备产业园",
                node,
                "主体封顶",
                zone.departmentId(),
                planned,
                LocalDate.of(2026, 7, 10),
                131));
        publish(new ProjectNodeSlipped(
                zone.id(),
                project,
                "XM-001",
                "智能装备产业园",
                node,
                "主体封顶",
                zone.departmentId(),
                planned,
                LocalDate.of(2026, 6, 1),
                92));
        publish(new ProjectNodeSlipped(
                zone.id(),
                project,
                "XM-001",
                "智能装备产业园",
                UUID.randomUUID(),
                "竣工验收",
                other,
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 7, 20),
                80));

        assertThat(jdbc.sql("select days_late from appeals.node_slippage where zone_id = :zone and node_id = :node")
                        .param("zone", zone.id())
                        .param("node", node)
                        .query(Integer.class)
                        .single())
                .isEqualTo(131);
        clock.set(java.time.Instant.parse("2026-08-01T00:00:00Z"));
        AwardRuleHit q3 = AwardScenario.hit(
                        awards.candidates(zone.id(), 2026, 3),
                        AwardKind.SNAIL,
                        zone.departmentId(),
                        AwardRule.SNAIL_NODE_SLIPPAGE)
                .orElseThrow();
        assertThat(q3.evidence())
                .extracting(
                        AwardEvidence::projectCode,
                        AwardEvidence::nodeName,
                        AwardEvidence::days,
                        AwardEvidence::observedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("XM-001", "主体封顶", 131, LocalDate.of(2026, 7, 10)));
        assertThat(AwardScenario.hit(
                        awards.candidates(zone.id(), 2026, 2),
                        AwardKind.SNAIL,
                        zone.departmentId(),
                        AwardRule.SNAIL_NODE_SLIPPAGE))
                .isPresent();
        assertThat(AwardScenario.hit(
                        awards.candidates(zone.id(), 2026, 1),
                        AwardKind.SNAIL,
                        zone.departmentId(),
                        AwardRule.SNAIL_NODE_SLIPPAGE))
                .isEmpty();
        assertThat(AwardScenario.hit(
                        awards.candidates(zone.id(), 2026, 3), AwardKind.SNAIL, other, AwardRule.SNAIL_NODE_SLIPPAGE))
                .isEmpty();
    }

    @Test
    void shouldUseTheColumnDefaultsAndRefuseInvalidOrStaleThresholds() {
        var zone = zones.create();
        assertThat(awards.settings(zone.id())).isEqualTo(AwardSettings.defaults());
        jdbc.sql("insert into appeals.award_settings (zone_id) values (:zone)")
                .param("zone", zone.id())
                .update();
        assertThat(awards.settings(zone.id())).isEqualTo(AwardSettings.defaults());

        ZoneUser admin = (ZoneUser) details.loadUserByUsername(zone.admin());
        AwardSettings d = AwardSettings.defaults();
        AwardSettings bad = new AwardSettings(0, new BigDecimal("120"), 5, 2, 90, 2, 1, new BigDecimal("10"), 3, 0);
        assertThatThrownBy(() -> awards.saveSettings(admin, bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(com.parkops.shared.InputError::field)
                                .containsExactly(
                                        "snailOverdueCases", "snailOverdueRatePercent", "ballDepartmentsPerCase"));
        AwardSettings changed =
                new AwardSettings(4, d.snailOverdueRatePercent(), 5, 2, 90, 2, 3, d.ballRedispatchPoints(), 3, 0);
        assertThat(awards.saveSettings(admin, changed).version()).isEqualTo(1);
        assertThatThrownBy(() -> awards.saveSettings(admin, changed))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(awards.settings(zone.id()).snailOverdueCases()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from zone.audit_event where zone_id = :zone"
                                + " and entity_type = 'appeal-award-settings'")
                        .param("zone", zone.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private void publish(ProjectNodeSlipped event) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(event));
    }
}
