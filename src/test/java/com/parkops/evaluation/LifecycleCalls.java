package com.parkops.evaluation;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The sample zone with a 2021 run, and the calls the lifecycle tests make through the API. */
final class LifecycleCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RUNS = "/api/v1/evaluation/runs/";

    final MockMvcTester mvc;
    final JdbcClient jdbc;
    final TestZones testZones;
    final TestZones.TestZone zone;
    final List<String> codes = new ArrayList<>();

    LifecycleCalls(MockMvcTester mvc, JdbcClient jdbc, TestZones testZones) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.testZones = testZones;
        this.zone = SampleZone.withFigures(mvc, jdbc, testZones);
        SampleZone.expected().get("evaluation").get("results").propertyNames().forEach(codes::add);
    }

    /**
     * The sample scheme with two veto items, a manual bonus item (5 points) and a manual penalty
     * item (3 points) in the first pool.
     */
    static JsonNode schemeWithItems() {
        var scheme = (tools.jackson.databind.node.ObjectNode)
                SampleZone.expected().get("evaluation").get("scheme").deepCopy();
        var pool = (tools.jackson.databind.node.ObjectNode) scheme.get("pools").get(0);
        pool.set(
                "bonusItems",
                JSON.readTree("[{\"code\":\"export\",\"name\":\"出口创汇突出\",\"points\":5},"
                        + "{\"code\":\"hightech\",\"name\":\"高新技术企业\",\"points\":2,\"qualification\":\"HIGH_TECH\"}]"));
        pool.set("penaltyItems", JSON.readTree("[{\"code\":\"arrears\",\"name\":\"欠缴社保\",\"points\":3}]"));
        scheme.set(
                "vetoItems",
                JSON.readTree("[{\"code\":\"safety\",\"name\":\"重大安全生产事故\"},"
                        + "{\"code\":\"environment\",\"name\":\"重大环境污染事件\"}]"));
        return scheme;
    }

    /** A 2021 draft run of the sample scheme (with items); its id. */
    String draft() {
        MvcTestResult created = post(
                zone.staff(),
                "/api/v1/evaluation/runs",
                JSON.writeValueAsString(Map.of("year", 2021, "scheme", schemeWithItems())));
        assertThat(created).hasStatus(201);
        return body(created).get("id").asString();
    }

    /** A published 2021 run; its id. */
    String published() {
        String id = draft();
        assertThat(post(zone.staff(), RUNS + id + "/publish", null)).hasStatusOk();
        return id;
    }

    UUID enterpriseId(String creditCode) {
        return jdbc.sql("select id from registry.enterprise where zone_id = :zone and credit_code = :code")
                .param("zone", zone.id())
                .param("code", creditCode)
                .query(UUID.class)
                .single();
    }

    /** A new enterprise user bound to the enterprise with this credit code. */
    String clerkOf(String creditCode) {
        return testZones.enterpriseUser(zone, enterpriseId(creditCode));
    }

    MvcTestResult file(String user, String runId, String reason, MockMultipartFile... files) {
        var request = mvc.post().uri(RUNS + runId + "/objections").multipart();
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        if (reason != null) {
            request = request.param("reason", reason);
        }
        return request.header(HttpHeaders.AUTHORIZATION, basic(user)).exchange();
    }

    static MockMultipartFile pdf(String name, String content) {
        return new MockMultipartFile("files", name, "application/pdf", content.getBytes(StandardCharsets.UTF_8));
    }

    MvcTestResult decide(String user, String objectionId, String decision, String reason) {
        return post(
                user,
                "/api/v1/evaluation/objections/" + objectionId + "/decision",
                JSON.writeValueAsString(
                        reason == null
                                ? Map.of("decision", decision)
                                : Map.of("decision", decision, "reason", reason)));
    }

    MvcTestResult post(String user, String uri, String content) {
        var request = mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user));
        if (content != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        return request.exchange();
    }

    MvcTestResult put(String user, String uri, String content) {
        return mvc.put()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(content)
                .exchange();
    }

    MvcTestResult delete(String user, String uri) {
        return mvc.delete()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .exchange();
    }

    MvcTestResult get(String user, String uri) {
        return com.parkops.support.ApiCalls.get(mvc, uri, user);
    }

    JsonNode getJson(String user, String uri) {
        MvcTestResult response = get(user, uri);
        assertThat(response).hasStatusOk();
        return body(response);
    }

    /** The enterprise's result in the run, as the API gives it to staff. */
    JsonNode result(String runId, String creditCode) {
        for (JsonNode result : getJson(zone.staff(), RUNS + runId + "/results")) {
            if (result.get("creditCode").asString().equals(creditCode)) {
                return result;
            }
        }
        throw new AssertionError("no result of " + creditCode);
    }

    long audits(String entityType) {
        return jdbc.sql("select count(*) from zone.audit_event where zone_id = :zone and entity_type = :type")
                .param("zone", zone.id())
                .param("type", entityType)
                .query(Long.class)
                .single();
    }

    /** Moves the run's objection window to end the given number of days from today (negative = past). */
    void windowEnds(String runId, int daysFromToday) {
        jdbc.sql("""
                update evaluation.run set objection_until = (now() at time zone 'Asia/Shanghai')::date + :days
                where zone_id = :zone and id = :id
                """)
                .param("days", daysFromToday)
                .param("zone", zone.id())
                .param("id", UUID.fromString(runId))
                .update();
    }

    /** Imports a corrected December year-to-date tax figure: the sample's plus {@code more} 万元. */
    void raiseDecemberTax(String creditCode, int year, String more) {
        List<List<String>> table = SampleZone.ytdTable();
        int tax = table.get(0).indexOf("tax");
        String period = year + "-12";
        List<String> row = table.stream()
                .filter(r -> r.get(0).equals(creditCode) && r.get(1).equals(period))
                .findFirst()
                .orElseThrow();
        String csv = "creditCode,period,tax\n" + creditCode + "," + period + ","
                + new java.math.BigDecimal(row.get(tax)).add(new java.math.BigDecimal(more)) + "\n";
        assertThat(upload(
                        mvc,
                        "/api/v1/indicators/import?basis=ytd",
                        zone.staff(),
                        "correction.csv",
                        csv.getBytes(StandardCharsets.UTF_8)))
                .hasStatusOk();
    }

    static JsonNode body(MvcTestResult response) {
        return JSON.readTree(response.getResponse().getContentAsByteArray());
    }
}
