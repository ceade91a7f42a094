package com.parkops.projects.domain;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.investment.ProjectStageChanged;
import com.parkops.investment.Stage;
import com.parkops.projects.NodeTemplates;
import com.parkops.shared.events.ProjectNodeSlipped;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Templates, schedules from plan dates, the listener on signing, and slippage events, through the API. */
@IntegrationTest
@RecordApplicationEvents
class ProjectSchedulesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NodeTemplates templates;

    @Autowired
    SlippageCheck slippage;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    TestZones.TestZone zone;

    @BeforeEach
    void zone() {
        zone = zones.create();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSeedTheDefaultTemplateAndEditItWithOptimisticLocking() throws Exception {
        JsonNode list = json(get(mvc, "/api/v1/projects/templates", zone.staff()));
        assertThat(list).hasSize(1);
        JsonNode seeded = list.get(0);
        assertThat(seeded.get("defaultTemplate").asBoolean()).isTrue();
        assertThat(seeded.get("nodes")).hasSizeBetween(10, 15);
        assertThat(seeded.toString()).contains("立项备案", "土地摘牌", "施工许可", "竣工验收", "投产");
        String id = seeded.get("id").asText();

        List<Map<String, Object>> nodes = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            String phase = i <= 20
                    ? "PREPARATION"
                    : i <= 40 ? "START" : i <= 70 ? "CONSTRUCTION" : i <= 90 ? "COMPLETION" : "PRODUCTION";
            nodes.add(Map.of("phase", phase, "name", "节点" + i, "unit", "项目办", "base", "SIGNED", "offsetDays", i));
        }
        MvcTestResult saved = put(
                "/api/v1/projects/templates/" + id,
                zone.staff(),
                Map.of("name", "大型项目", "defaultTemplate", true, "version", 0, "nodes", nodes));
        assertThat(saved).hasStatusOk();
        JsonNode big = json(saved);
        assertThat(big.get("nodes")).hasSize(100);
        assertThat(big.get("nodes").get(0).get("phase").asText()).isEqualTo("PREPARATION");
        assertThat(big.get("nodes").get(99).get("phase").asText()).isEqualTo("PRODUCTION");
        assertThat(big.get("version").asInt()).isEqualTo(1);

        assertThat(put(
                        "/api/v1/projects/templates/" + id,
                        zone.staff(),
                        Map.of("name", "大型项目", "defaultTemplate", true, "version", 0, "nodes", nodes)))
                .hasStatus(409);
        MvcTestResult invalid = put(
                "/api/v1/projects/templates/" + id,
                zone.staff(),
                Map.of(
                        "name",
                        "大型项目",
                        "defaultTemplate",
                        true,
                        "version",
                        1,
                        "nodes",
                        List.of(
                                Map.of("phase", "START", "name", "开工", "unit", "项目办", "base", "START", "offsetDays", 0),
                                Map.of("phase", "START", "name", "", "base", "START", "offsetDays", 0))));
        assertThat(invalid).hasStatus(422);
        assertThat(invalid.getResponse().getContentAsString())
                .contains("\"row\":2", "\"field\":\"name\"", "\"field\":\"unit\"");
        assertThat(templates.find(zone.id(), UUID.fromString(id)).orElseThrow().nodes())
                .hasSize(100);
        assertThat(jdbc.sql(
                                "select count(*) from zone.audit_event where zone_id = :z and entity_type = 'project-template'")
                        .param("z", zone.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void shouldComputePlannedDatesFromThePlanAndRefuseASecondSchedule() throws Exception {
        String templateId = json(get(mvc, "/api/v1/projects/templates", zone.staff()))
                .get(0)
                .get("id")
                .asText();
        UUID project = ProjectsFixture.project(jdbc, zone.id(), "P-1", "SIGNED", LocalDate.of(2026, 1, 10));
        Map<String, Object> body = Map.of(
                "templateId",
                templateId,
                "plan",
                Map.of("signedOn", "2026-01-10", "plannedStart", "2026-04-01", "plannedProduction", "2027-03-01"));
        MvcTestResult applied = post("/api/v1/projects/" + project + "/schedule", zone.staff(), body);
        assertThat(applied).hasStatus(201);
        JsonNode schedule = json(applied);
        Map<String, String> planned = new java.util.HashMap<>();
        schedule.get("nodes")
                .forEach(n ->
                        planned.put(n.get("name").asText(), n.get("plannedOn").asText()));
        assertThat(planned)
                .containsEntry("立项备案", "2026-02-09")
                .containsEntry("土地摘牌", "2026-02-15")
                .containsEntry("开工", "2026-04-01")
                .containsEntry("主体封顶", "2026-09-28")
                .containsEntry("竣工验收", "2027-01-30")
                .containsEntry("投产", "2027-03-01");
        assertThat(post("/api/v1/projects/" + project + "/schedule", zone.staff(), body))
                .hasStatus(409);

        MvcTestResult replanned = put(
                "/api/v1/projects/" + project + "/plan",
                zone.staff(),
                Map.of(
                        "version",
                        0,
                        "plan",
                        Map.of(
                                "signedOn",
                                "2026-01-10",
                                "plannedStart",
                                "2026-05-01",
                                "plannedProduction",
                                "2027-03-01")));
        assertThat(replanned).hasStatusOk();
        assertThat(json(replanned).toString()).contains("\"name\":\"开工\"").contains("2026-05-01");
        assertThat(put(
                        "/api/v1/projects/" + project + "/plan",
                        zone.staff(),
                        Map.of(
                                "version",
                                0,
                                "plan",
                                Map.of(
                                        "signedOn",
                                        "2026-01-10",
                                        "plannedStart",
                                        "2025-05-01",
                                        "plannedProduction",
                                        "2027-03-01"))))
                .hasStatus(422);
    }

    @Test
    void shouldScheduleOnSigningOnceWhenTheZoneHasADefaultTemplate() {
        UUID early = ProjectsFixture.project(jdbc, zone.id(), "P-0", "SIGNED", LocalDate.of(2026, 1, 5));
        signed(early);
        assertThat(count(early)).as("no default template yet").isZero();

        templates.list(zone.id(), "test");
        UUID project = ProjectsFixture.project(jdbc, zone.id(), "P-2", "SIGNED", LocalDate.of(2026, 2, 1));
        signed(project);
        signed(project);
        assertThat(count(project)).isEqualTo(13);
        transactions.executeWithoutResult(tx -> publisher.publishEvent(
                new ProjectStageChanged(zone.id(), project, Stage.SIGNED, Stage.REGISTERED, LocalDate.of(2026, 3, 1))));
        assertThat(count(project)).isEqualTo(13);
    }

    @Test
    void shouldPublishSlippageForOverdueNodesAndLateCompletions() throws Exception {
        templates.list(zone.id(), "test");
        UUID project = ProjectsFixture.project(jdbc, zone.id(), "P-3", "SIGNED", LocalDate.of(2026, 1, 10));
        String templateId = json(get(mvc, "/api/v1/projects/templates", zone.staff()))
                .get(0)
                .get("id")
                .asText();
        JsonNode schedule = json(post(
                "/api/v1/projects/" + project + "/schedule",
                zone.staff(),
                Map.of(
                        "templateId",
                        templateId,
                        "plan",
                        Map.of(
                                "signedOn",
                                "2026-01-10",
                                "plannedStart",
                                "2026-04-01",
                                "plannedProduction",
                                "2027-03-01"))));
        JsonNode filing = schedule.get("nodes").get(0);
        assertThat(filing.get("plannedOn").asText()).isEqualTo("2026-02-09");

        clock.set(Instant.parse("2026-02-20T02:00:00Z"));
        events.clear();
        slippage.check();
        List<ProjectNodeSlipped> slipped = events.stream(ProjectNodeSlipped.class)
                .filter(e -> e.zoneId().equals(zone.id()))
                .toList();
        assertThat(slipped).extracting(ProjectNodeSlipped::nodeName).containsExactlyInAnyOrder("立项备案", "土地摘牌");
        assertThat(slipped)
                .filteredOn(e -> e.nodeName().equals("立项备案"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.daysLate()).isEqualTo(11);
                    assertThat(e.plannedOn()).isEqualTo(LocalDate.of(2026, 2, 9));
                    assertThat(e.observedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
                    assertThat(e.projectCode()).isEqualTo("P-3");
                });
        assertThat(slipped)
                .filteredOn(e -> e.nodeName().equals("土地摘牌"))
                .singleElement()
                .satisfies(e -> assertThat(e.daysLate()).isEqualTo(5));

        JsonNode detail = json(get(mvc, "/api/v1/projects/" + project, zone.staff()));
        assertThat(detail.get("status").asText()).isEqualTo("RED");
        assertThat(detail.get("nodes").get(0).get("status").asText()).isEqualTo("RED");

        events.clear();
        MvcTestResult done = post(
                "/api/v1/projects/" + project + "/nodes/" + filing.get("id").asText() + "/complete",
                zone.staff(),
                Map.of("actualOn", "2026-02-12", "note", "已备案", "version", 0));
        assertThat(done).hasStatusOk();
        assertThat(json(done).get("status").asText()).isEqualTo("DONE_LATE");
        assertThat(events.stream(ProjectNodeSlipped.class)).singleElement().satisfies(e -> {
            assertThat(e.daysLate()).isEqualTo(3);
            assertThat(e.observedOn()).isEqualTo(LocalDate.of(2026, 2, 12));
        });
        assertThat(json(get(mvc, "/api/v1/projects/" + project, zone.staff()))
                        .get("status")
                        .asText())
                .as("the land node is still overdue")
                .isEqualTo("RED");
        events.clear();
        slippage.check();
        assertThat(events.stream(ProjectNodeSlipped.class)
                        .filter(e -> e.zoneId().equals(zone.id())))
                .extracting(ProjectNodeSlipped::nodeName)
                .containsExactly("土地摘牌");
    }

    @Test
    void shouldRefuseEnterpriseUsers() {
        String clerk = zones.enterpriseUser(
                zone, enterprises.register(zone.id(), "电池公司").id());
        assertThat(get(mvc, "/api/v1/projects", clerk)).hasStatus(403);
        assertThat(get(mvc, "/api/v1/projects/templates", clerk)).hasStatus(403);
        assertThat(get(mvc, "/api/v1/projects/orders", clerk)).hasStatus(403);
    }

    private void signed(UUID project) {
        transactions.executeWithoutResult(tx -> publisher.publishEvent(new ProjectStageChanged(
                zone.id(), project, Stage.NEGOTIATING, Stage.SIGNED, LocalDate.of(2026, 2, 1))));
    }

    private int count(UUID project) {
        return jdbc.sql("select count(*) from projects.node where zone_id = :z and project_id = :p")
                .param("z", zone.id())
                .param("p", project)
                .query(Integer.class)
                .single();
    }

    MvcTestResult post(String uri, String user, Object body) throws Exception {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    MvcTestResult put(String uri, String user, Object body) throws Exception {
        return mvc.put()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    static JsonNode json(MvcTestResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
