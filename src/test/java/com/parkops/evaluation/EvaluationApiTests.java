package com.parkops.evaluation;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
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

/** Runs through the API on the sample zone: every grade, rank and score, the lifecycle, access. */
@IntegrationTest
class EvaluationApiTests {

    private static final BigDecimal AMOUNT = new BigDecimal("0.01");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldGiveEveryGradeRankAndScoreOfTheSampleZone() {
        var zone = sampleZone();
        JsonNode evaluation = SampleZone.expected().get("evaluation");

        JsonNode created = createRun(zone, Map.of("year", 2021, "scheme", evaluation.get("scheme")));
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        JsonNode results = results(zone, created.get("id").asString(), zone.staff());

        Map<String, JsonNode> byCode = new HashMap<>();
        results.forEach(r -> byCode.put(r.get("creditCode").asString(), r));
        JsonNode expected = evaluation.get("results");
        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(expected.propertyNames());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            JsonNode want = entry.getValue();
            JsonNode got = byCode.get(entry.getKey());
            assertThat(got.get("pool").asString())
                    .as(entry.getKey())
                    .isEqualTo(want.get("pool").asString());
            assertThat(got.get("grade").asString())
                    .as(entry.getKey())
                    .isEqualTo(want.get("grade").asString());
            assertThat(got.get("rank").isNull() ? null : got.get("rank").asInt())
                    .as(entry.getKey())
                    .isEqualTo(
                            want.get("rank").isNull() ? null : want.get("rank").asInt());
            assertThat(got.get("score").decimalValue())
                    .as(entry.getKey())
                    .isCloseTo(
                            new BigDecimal(want.get("score").asString()),
                            org.assertj.core.api.Assertions.within(AMOUNT));
            String reason = want.get("exemptReason").isNull()
                    ? null
                    : want.get("exemptReason").asString();
            assertThat(
                            got.get("exemptReason").isNull()
                                    ? null
                                    : got.get("exemptReason").asString())
                    .isEqualTo(reason);
        }
        JsonNode first = byCode.get(expected.propertyNames().iterator().next());
        assertThat(first.get("indicators")).hasSize(6);
        assertThat(first.get("indicators").get(0).get("code").asString()).isEqualTo("taxPerMu");
        assertThat(first.get("indicators").get(0).has("capped")).isTrue();
    }

    @Test
    void shouldRefuseFinalizeBeforePublishAndEveryOtherIllegalMove() {
        var zone = sampleZone();
        String id = createRun(zone, Map.of("year", 2021, "preset", "linhai-2014"))
                .get("id")
                .asString();

        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/finalize", null))
                .hasStatus(409);
        MvcTestResult published = post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/publish", null);
        assertThat(published).hasStatusOk();
        assertThat(body(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(body(published).get("objectionUntil").isNull()).isFalse();
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/publish", null))
                .hasStatus(409);
        MvcTestResult finalized = post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/finalize", null);
        assertThat(finalized).hasStatusOk();
        assertThat(body(finalized).get("status").asString()).isEqualTo("FINAL");
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/finalize", null))
                .hasStatus(409);
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/publish", null))
                .hasStatus(409);
        assertThat(mvc.delete()
                        .uri("/api/v1/evaluation/runs/" + id)
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                        .exchange())
                .hasStatus(409);

        assertThat(jdbc.sql(
                                "select count(*) from zone.audit_event where zone_id = :zone and entity_type = 'evaluation-run'")
                        .param("zone", zone.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3L);
    }

    @Test
    void shouldRefuseAnInvalidSchemeWithEveryProblem() {
        var zone = testZones.create();
        String scheme = """
                {"year": 2021, "scheme": {"pools": [{"name": "规上", "scale": "above", "method": "ratio",
                  "indicators": [{"code": "taxPerMu", "weight": 60, "benchmark": {"fixed": -15}},
                                 {"code": "nonsense", "weight": 30, "benchmark": {"fixed": 3}}],
                  "grades": {"A": 20, "B": 40, "C": 35, "D": 5}}]}}
                """;
        MvcTestResult response = post(zone.staff(), "/api/v1/evaluation/runs", scheme);

        assertThat(response).hasStatus(422);
        JsonNode errors = body(response).get("errors");
        assertThat(errors.toString())
                .contains("pools[0].indicators[0].benchmark.fixed")
                .contains("pools[0].indicators[1].code")
                .contains("nonsense")
                .contains("pools[0].indicators")
                .contains("90");
        assertThat(jdbc.sql("select count(*) from evaluation.run where zone_id = :zone")
                        .param("zone", zone.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldShowAnEnterpriseOnlyItsOwnResultAndOnlyAfterPublication() {
        var zone = sampleZone();
        JsonNode evaluation = SampleZone.expected().get("evaluation");
        String id = createRun(zone, Map.of("year", 2021, "scheme", evaluation.get("scheme")))
                .get("id")
                .asString();
        String creditCode = evaluation.get("results").propertyNames().iterator().next();
        UUID enterpriseId = jdbc.sql("select id from registry.enterprise where zone_id = :zone and credit_code = :code")
                .param("zone", zone.id())
                .param("code", creditCode)
                .query(UUID.class)
                .single();
        String clerk = testZones.enterpriseUser(zone, enterpriseId);

        assertThat(get(mvc, "/api/v1/evaluation/runs/" + id + "/results", clerk))
                .hasStatus(404);
        assertThat(get(mvc, "/api/v1/evaluation/runs/" + id, clerk)).hasStatus(403);
        assertThat(post(clerk, "/api/v1/evaluation/runs/" + id + "/publish", null))
                .hasStatus(403);
        assertThat(post(zone.staff(), "/api/v1/evaluation/runs/" + id + "/publish", null))
                .hasStatusOk();

        JsonNode own = results(zone, id, clerk);
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("creditCode").asString()).isEqualTo(creditCode);
        assertThat(get(mvc, "/api/v1/evaluation/runs/" + id + "/results", zone.leader()))
                .hasStatusOk();
    }

    private TestZones.TestZone sampleZone() {
        return SampleZone.withFigures(mvc, jdbc, testZones);
    }

    private JsonNode createRun(TestZones.TestZone zone, Map<String, Object> request) {
        MvcTestResult response = post(zone.staff(), "/api/v1/evaluation/runs", json.writeValueAsString(request));
        assertThat(response).hasStatus(201);
        return body(response);
    }

    private JsonNode results(TestZones.TestZone zone, String id, String user) {
        MvcTestResult response = get(mvc, "/api/v1/evaluation/runs/" + id + "/results", user);
        assertThat(response).hasStatusOk();
        return body(response);
    }

    private MvcTestResult post(String user, String uri, String content) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user));
        if (content != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        return request.exchange();
    }

    private JsonNode body(MvcTestResult response) {
        return json.readTree(response.getResponse().getContentAsByteArray());
    }
}
