package com.parkops.evaluation;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The what-if and path APIs on the sample zone: results, refusals and who may call them. */
@IntegrationTest
class WhatIfApiTests {

    private static final String WHATIF = "/api/v1/evaluation/whatif";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldKeepEveryEnterpriseOnTheDiagonalWhenNothingChanges() {
        var zone = sampleZone();
        String run = sampleRun(zone);

        JsonNode same = compare(zone.staff(), run, "{\"weights\": {\"规上\": {\"taxPerMu\": 40}}}");

        assertThat(same.get("moved").asInt()).isZero();
        assertThat(same.get("enterprises").asInt()).isEqualTo(29);
        for (JsonNode pool : same.get("pools")) {
            for (JsonNode cell : pool.get("matrix")) {
                assertThat(cell.get("from").asString()).isEqualTo(cell.get("to").asString());
            }
            assertThat(pool.get("totalsA")).isEqualTo(pool.get("totalsB"));
        }
    }

    @Test
    void shouldMoveExactlyWhatNewGradeCutOffsMoveAndStoreNothing() {
        var zone = sampleZone();
        String run = sampleRun(zone);
        long runs = count("evaluation.run", zone);
        long audits = count("zone.audit_event", zone);

        JsonNode comparison =
                compare(zone.leader(), run, "{\"grades\": {\"规上\": {\"A\": 30, \"B\": 40, \"C\": 25, \"D\": 5}}}");

        // the ranks stay; under B, rank r of N gets A when r/N ≤ 30 %, B ≤ 70 %, C ≤ 95 %
        Map<String, String> expected = new HashMap<>();
        for (JsonNode result : results(zone, run)) {
            if (result.get("pool").asString().equals("规上")
                    && !result.get("rank").isNull()) {
                double share =
                        result.get("rank").asDouble() / result.get("graded").asDouble();
                String grade = share <= 0.30 ? "A" : share <= 0.70 ? "B" : share <= 0.95 ? "C" : "D";
                if (!grade.equals(result.get("grade").asString())) {
                    expected.put(
                            result.get("creditCode").asString(),
                            result.get("grade").asString() + grade);
                }
            }
        }
        Map<String, String> moved = new HashMap<>();
        for (JsonNode mover : comparison.get("movers")) {
            moved.put(
                    mover.get("creditCode").asString(),
                    mover.get("gradeA").asString() + mover.get("gradeB").asString());
            assertThat(mover.get("movement").asInt()).isEqualTo(1);
            assertThat(mover.get("rankA").asInt()).isEqualTo(mover.get("rankB").asInt());
        }
        assertThat(moved).isNotEmpty().isEqualTo(expected);
        JsonNode above = comparison.get("pools").get(0);
        assertThat(above.get("pool").asString()).isEqualTo("规上");
        assertThat(above.get("moved").asInt()).isEqualTo(expected.size());
        int sum = 0;
        for (JsonNode cell : above.get("matrix")) {
            sum += cell.get("count").asInt();
        }
        assertThat(sum).isEqualTo(above.get("enterprises").asInt());
        assertThat(comparison
                        .get("alternative")
                        .get("scheme")
                        .get("pools")
                        .get(0)
                        .get("grades")
                        .get("A")
                        .asInt())
                .isEqualTo(30);
        assertThat(count("evaluation.run", zone)).isEqualTo(runs);
        assertThat(count("zone.audit_event", zone)).isEqualTo(audits);
    }

    @Test
    void shouldCompareWithAPresetOrAStoredScheme() {
        var zone = sampleZone();
        String run = sampleRun(zone);

        JsonNode preset = compare(zone.staff(), run, "{\"preset\": \"huaian-2024\"}");

        assertThat(preset.get("alternative").get("name").asString()).contains("淮安 2024");
        assertThat(preset.get("pools")).hasSize(2);
        assertThat(preset.get("movers")).isNotEmpty();
        JsonNode first = preset.get("movers").get(0);
        assertThat(first.has("scoreA")).isTrue();
        assertThat(first.get("pool").asString()).isEqualTo("规上");
    }

    @Test
    void shouldRefuseAnInvalidAlternativeWithEveryProblemAsFieldErrors() {
        var zone = sampleZone();
        String run = sampleRun(zone);

        MvcTestResult weights = post(
                zone.staff(),
                WHATIF,
                body(run, "{\"weights\": {\"规上\": {\"taxPerMu\": 50, \"nonsense\": 1}, \"规中\": {\"x\": 1}}}"));
        MvcTestResult sum = post(zone.staff(), WHATIF, body(run, "{\"weights\": {\"规上\": {\"taxPerMu\": 50}}}"));
        MvcTestResult grades = post(zone.staff(), WHATIF, body(run, "{\"grades\": {\"规下\": {\"A\": 50, \"D\": -5}}}"));
        MvcTestResult two = post(zone.staff(), WHATIF, body(run, "{\"preset\": \"jingkaiqu\", \"weights\": {}}"));
        MvcTestResult unknown = post(zone.staff(), WHATIF, body(run, "{\"preset\": \"nowhere\"}"));
        MvcTestResult noRun = post(zone.staff(), WHATIF, "{\"alternative\": {\"preset\": \"jingkaiqu\"}}");

        assertThat(weights).hasStatus(422);
        assertThat(fields(weights))
                .containsExactlyInAnyOrder("alternative.weights.规上.nonsense", "alternative.weights.规中");
        assertThat(sum).hasStatus(422);
        assertThat(fields(sum)).containsExactly("alternative.weights.规上");
        assertThat(errors(sum)).contains("110");
        assertThat(fields(grades)).contains("alternative.grades.规下.D");
        assertThat(fields(two)).containsExactly("alternative");
        assertThat(fields(unknown)).containsExactly("alternative.preset");
        assertThat(fields(noRun)).containsExactly("runId");
    }

    @Test
    void shouldLetOnlyZoneStaffLeadersAndAdministratorsCompare() {
        var zone = sampleZone();
        String run = sampleRun(zone);
        String clerk = testZones.enterpriseUser(zone, enterpriseId(zone, anyCode()));
        String request = body(run, "{\"preset\": \"jingkaiqu\"}");

        assertThat(post(zone.admin(), WHATIF, request)).hasStatusOk();
        assertThat(post(zone.leader(), WHATIF, request)).hasStatusOk();
        assertThat(post(clerk, WHATIF, request)).hasStatus(403);
        assertThat(post(testZones.create().staff(), WHATIF, request)).hasStatus(404);
    }

    @Test
    void shouldGiveThePathToTheNextGradeOfAnEnterpriseInGradeC() {
        var zone = sampleZone();
        String run = sampleRun(zone);
        JsonNode c = null;
        JsonNode a = null;
        for (JsonNode result : results(zone, run)) {
            if (result.get("pool").asString().equals("规上")) {
                if (c == null && result.get("computedGrade").asString().equals("C")) {
                    c = result;
                }
                if (a == null && result.get("computedGrade").asString().equals("A")) {
                    a = result;
                }
            }
        }

        JsonNode path = path(zone.staff(), run, c.get("creditCode").asString(), 200);
        JsonNode top = path(zone.leader(), run, a.get("creditCode").asString(), 200);

        assertThat(path.get("status").asString()).isEqualTo("NEXT_GRADE");
        assertThat(path.get("grade").asString()).isEqualTo("C");
        assertThat(path.get("target").asString()).isEqualTo("B");
        assertThat(path.get("rank").asInt()).isEqualTo(c.get("rank").asInt());
        assertThat(path.get("options")).hasSize(6);
        List<JsonNode> reachable = new ArrayList<>();
        path.get("options").forEach(o -> {
            if (o.get("reachable").asBoolean()) {
                reachable.add(o);
            }
        });
        assertThat(reachable).isNotEmpty();
        int lastB = (int) Math.floor(0.60 * c.get("graded").asInt());
        for (JsonNode option : reachable) {
            assertThat(option.get("increase").decimalValue()).isPositive();
            assertThat(option.get("numeratorIncrease").decimalValue()).isPositive();
            assertThat(option.get("newRank").asInt()).isLessThanOrEqualTo(lastB);
            assertThat(option.get("targetValue").decimalValue())
                    .isGreaterThan(option.get("value").decimalValue());
        }
        assertThat(reachable).filteredOn(o -> o.get("easiest").asBoolean()).hasSize(1);
        assertThat(path.get("scorings").asInt()).isPositive();
        assertThat(top.get("status").asString()).isEqualTo("ALREADY_TOP");
        assertThat(top.get("options")).isEmpty();
        path(zone.staff(), run, "NOT-IN-THE-RUN", 404);
    }

    @Test
    void shouldShowAnEnterpriseOnlyItsOwnPathAndOnlyOncePublished() {
        var zone = sampleZone();
        String run = sampleRun(zone);
        List<String> codes = new ArrayList<>();
        results(zone, run).forEach(r -> codes.add(r.get("creditCode").asString()));
        String own = codes.get(0);
        String clerk = testZones.enterpriseUser(zone, enterpriseId(zone, own));

        path(clerk, run, own, 404);
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + run + "/publish", null))
                .hasStatusOk();

        assertThat(path(clerk, run, own, 200).get("creditCode").asString()).isEqualTo(own);
        path(clerk, run, codes.get(1), 404);
        path(clerk, UUID.randomUUID().toString(), own, 404);
    }

    private TestZones.TestZone sampleZone() {
        return SampleZone.withFigures(mvc, jdbc, testZones);
    }

    private String sampleRun(TestZones.TestZone zone) {
        JsonNode scheme = SampleZone.expected().get("evaluation").get("scheme");
        MvcTestResult created = post(
                zone.staff(),
                "/api/v1/evaluation/runs",
                json.writeValueAsString(Map.of("year", 2021, "scheme", scheme)));
        assertThat(created).hasStatus(201);
        return read(created).get("id").asString();
    }

    private JsonNode compare(String user, String run, String alternative) {
        MvcTestResult response = post(user, WHATIF, body(run, alternative));
        assertThat(response).hasStatusOk();
        return read(response);
    }

    private JsonNode path(String user, String run, String creditCode, int status) {
        MvcTestResult response = get(mvc, "/api/v1/evaluation/runs/" + run + "/results/" + creditCode + "/path", user);
        assertThat(response).hasStatus(status);
        return status == 200 ? read(response) : null;
    }

    private JsonNode results(TestZones.TestZone zone, String run) {
        MvcTestResult response = get(mvc, "/api/v1/evaluation/runs/" + run + "/results", zone.staff());
        assertThat(response).hasStatusOk();
        return read(response);
    }

    private static String body(String run, String alternative) {
        return "{\"runId\": \"" + run + "\", \"alternative\": " + alternative + "}";
    }

    private List<String> fields(MvcTestResult response) {
        assertThat(response).hasStatus(422);
        List<String> fields = new ArrayList<>();
        read(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private String errors(MvcTestResult response) {
        return read(response).get("errors").toString();
    }

    private static String anyCode() {
        return SampleZone.expected()
                .get("evaluation")
                .get("results")
                .propertyNames()
                .iterator()
                .next();
    }

    private UUID enterpriseId(TestZones.TestZone zone, String creditCode) {
        return jdbc.sql("select id from registry.enterprise where zone_id = :zone and credit_code = :code")
                .param("zone", zone.id())
                .param("code", creditCode)
                .query(UUID.class)
                .single();
    }

    private long count(String table, TestZones.TestZone zone) {
        return jdbc.sql("select count(*) from " + table + " where zone_id = :zone")
                .param("zone", zone.id())
                .query(Long.class)
                .single();
    }

    private MvcTestResult post(String user, String uri, String content) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user));
        if (content != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        return request.exchange();
    }

    private JsonNode read(MvcTestResult response) {
        return json.readTree(response.getResponse().getContentAsByteArray());
    }
}
