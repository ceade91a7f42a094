package com.parkops.projects;

import static com.parkops.projects.LandFixture.json;
import static com.parkops.projects.LandFixture.post;
import static com.parkops.projects.LandFixture.send;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A campaign with a 2026-06-08 deadline in an Asia/Shanghai zone: targets met on the deadline day,
 * pending through it, missed from the next local day, and reached too late.
 */
@IntegrationTest
class CampaignApiTests {

    private static final String CAMPAIGNS = "/api/v1/projects/campaigns";
    /** 23:00 on the deadline day in Shanghai. */
    private static final Instant DEADLINE_EVENING = Instant.parse("2026-06-08T15:00:00Z");
    /** 00:30 the day after, in Shanghai, though still 8 June in UTC. */
    private static final Instant DAY_AFTER = Instant.parse("2026-06-08T16:30:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    TestZones.TestZone zone;
    String one;

    @BeforeEach
    void campaign() {
        zone = zones.create();
        clock.set(DEADLINE_EVENING);
        UUID onTime = LandFixture.project(
                jdbc,
                zone.id(),
                "T-" + zone.suffix(),
                "STARTED",
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 6, 8),
                null);
        UUID signedOnly = LandFixture.project(
                jdbc, zone.id(), "S-" + zone.suffix(), "SIGNED", LocalDate.of(2026, 2, 1), null, null);
        UUID late = LandFixture.project(
                jdbc,
                zone.id(),
                "L-" + zone.suffix(),
                "IN_PRODUCTION",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 9),
                null);
        MvcTestResult created = post(
                mvc,
                CAMPAIGNS,
                zone.staff(),
                Map.of("name", "百日攻坚", "startsOn", "2026-03-01", "deadline", "2026-06-08", "description", "开工攻坚"));
        assertThat(created).hasStatus(201);
        one = CAMPAIGNS + "/" + json(created, "$.id");
        int version = 0;
        for (UUID project : List.of(onTime, signedOnly, late)) {
            assertThat(post(
                            mvc,
                            one + "/targets",
                            zone.staff(),
                            Map.of("version", version++, "projectId", project, "goal", "STAGE", "stage", "STARTED")))
                    .hasStatus(201);
        }
        MvcTestResult text = post(
                mvc,
                one + "/targets",
                zone.staff(),
                Map.of("version", version, "projectId", signedOnly, "goal", "TEXT", "text", "完成环评批复"));
        String textTarget = json(text, "$.targets[3].id");
        assertThat(post(mvc, one + "/targets/" + textTarget + "/done", zone.staff(), Map.of("version", 4)))
                .hasStatusOk();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldCountTheDeadlineDayAsStillOpenAndTheNextLocalDayAsMissed() {
        MvcTestResult onDeadline = get(mvc, one, zone.leader());
        assertThat((List<String>) json(onDeadline, "$.targets[*].status"))
                .containsExactly("MET", "PENDING", "MISSED", "MET");
        assertThat((String) json(onDeadline, "$.targets[0].reachedOn")).isEqualTo("2026-06-08");
        assertThat((String) json(onDeadline, "$.targets[3].reachedOn")).isEqualTo("2026-06-08");
        assertThat((Integer) json(onDeadline, "$.met")).isEqualTo(2);
        assertThat((Double) json(onDeadline, "$.percentMet")).isEqualTo(50.0);
        assertThat((Integer) json(onDeadline, "$.daysLeft")).isZero();

        clock.set(DAY_AFTER);
        MvcTestResult after = get(mvc, one, zone.leader());
        assertThat((List<String>) json(after, "$.targets[*].status")).containsExactly("MET", "MISSED", "MISSED", "MET");
        assertThat((Integer) json(after, "$.missed")).isEqualTo(2);

        clock.set(Instant.parse("2026-05-29T02:00:00Z"));
        assertThat((Integer) json(get(mvc, one, zone.leader()), "$.daysLeft")).isEqualTo(10);
    }

    @Test
    void shouldRefuseStaleEditsAndManualMarksOnStageGoals() {
        MvcTestResult current = get(mvc, one, zone.staff());
        int version = json(current, "$.version");
        assertThat(version).isEqualTo(5);
        String stageTarget = json(current, "$.targets[0].id");
        assertThat(post(mvc, one + "/targets/" + stageTarget + "/done", zone.staff(), Map.of("version", 5)))
                .hasStatus(409);
        assertThat(send(
                        mvc,
                        "PUT",
                        one,
                        zone.staff(),
                        Map.of("version", 4, "name", "x", "startsOn", "2026-03-01", "deadline", "2026-06-08")))
                .hasStatus(409);
        MvcTestResult backwards = send(
                mvc,
                "PUT",
                one,
                zone.staff(),
                Map.of("version", 5, "name", "", "startsOn", "2026-03-01", "deadline", "2026-02-01"));
        assertThat(backwards).hasStatus(422);
        assertThat((List<String>) json(backwards, "$.errors[*].field")).containsExactlyInAnyOrder("name", "deadline");
        MvcTestResult extended = send(
                mvc,
                "PUT",
                one,
                zone.staff(),
                Map.of("version", 5, "name", "百日攻坚（延长）", "startsOn", "2026-03-01", "deadline", "2026-06-30"));
        assertThat((List<String>) json(extended, "$.targets[*].status"))
                .containsExactly("MET", "PENDING", "MET", "MET");
        assertThat((Integer) json(extended, "$.daysLeft")).isEqualTo(22);
        assertThat(audit.history(zone.id(), "campaign", (String) json(extended, "$.id")))
                .hasSize(7);
    }

    @Test
    void shouldKeepEnterpriseUsersOutAndAskForAKnownProject() {
        var enterprise = enterprises.register(zone.id(), "某企业");
        String clerk = zones.enterpriseUser(zone, enterprise.id());
        assertThat(get(mvc, CAMPAIGNS, clerk)).hasStatus(403);
        assertThat(get(mvc, one, clerk)).hasStatus(403);
        assertThat(post(
                        mvc,
                        one + "/targets",
                        zone.staff(),
                        Map.of("version", 5, "projectId", UUID.randomUUID(), "goal", "STAGE", "stage", "SIGNED")))
                .hasStatus(422);
        assertThat(get(mvc, one, zones.create().staff())).hasStatus(404);
    }
}
