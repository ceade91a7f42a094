package com.parkops.indicators;

import static com.parkops.support.ApiCalls.get;
import static com.parkops.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The sample zone's expected answers, reached through each way of importing the same figures. */
@IntegrationTest
class IndicatorSampleZoneTests {

    private static final BigDecimal AMOUNT = new BigDecimal("0.01");
    private static final BigDecimal PERCENT = new BigDecimal("0.02");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAnswerEverySummaryRowAndZoneMetricAfterYtdImport() {
        var zone = sampleZone();
        JsonNode result = importOk(zone, "ytd", "indicators_ytd.csv", SampleZone.bytes("indicators_ytd.csv"));
        assertThat(result.get("rows").asInt()).isEqualTo(660);
        assertThat(result.get("values").asLong()).isEqualTo(660L * 11);
        assertThat(result.get("warnings").isArray()).isTrue();

        assertSummaries(zone);
        assertZoneMetrics(zone);
    }

    @Test
    void shouldGiveTheSameAnswersFromTheEquivalentMonthlyFile() {
        var zone = sampleZone();
        JsonNode result = importOk(zone, "monthly", "indicators_monthly.csv", SampleZone.monthlyCsv());
        assertThat(result.get("rows").asInt()).isEqualTo(660);

        assertSummaries(zone);
        assertZoneMetrics(zone);
    }

    @Test
    void shouldImportTheSameFiguresFromXlsx() {
        var zone = sampleZone();
        JsonNode result = importOk(zone, "ytd", "indicators.xlsx", SampleZone.ytdXlsx());
        assertThat(result.get("rows").asInt()).isEqualTo(660);

        assertSummaries(zone);
        assertZoneMetrics(zone);
    }

    private TestZones.TestZone sampleZone() {
        var zone = testZones.create();
        SampleZone.register(jdbc, zone);
        return zone;
    }

    private JsonNode importOk(TestZones.TestZone zone, String basis, String name, byte[] content) {
        MvcTestResult response = upload(mvc, "/api/v1/indicators/import?basis=" + basis, zone.staff(), name, content);
        assertThat(response).hasStatusOk();
        return body(response);
    }

    private void assertSummaries(TestZones.TestZone zone) {
        Map<String, List<JsonNode>> calls = new LinkedHashMap<>();
        for (JsonNode row : SampleZone.expected().get("summary")) {
            String call = "year=2021&month=%d&groupBy=%s&indicators=%s"
                    .formatted(
                            row.get("month").asInt(),
                            row.get("groupBy").asString(),
                            row.get("indicator").asString());
            calls.computeIfAbsent(call, c -> new java.util.ArrayList<>()).add(row);
        }
        assertThat(calls).hasSize(17);
        for (var call : calls.entrySet()) {
            JsonNode answer = body(get(mvc, "/api/v1/indicators/summary?" + call.getKey(), zone.leader()));
            assertThat(answer.get("year").asInt()).isEqualTo(2021);
            Map<String, JsonNode> byGroup = new HashMap<>();
            answer.get("rows").forEach(row -> byGroup.put(row.get("group").asString(), row));
            assertThat(byGroup).as(call.getKey()).hasSize(call.getValue().size());
            for (JsonNode wanted : call.getValue()) {
                JsonNode got = byGroup.get(wanted.get("group").asString());
                String where = call.getKey() + " group " + wanted.get("group").asString();
                assertThat(got).as(where).isNotNull();
                for (String field : List.of("current", "prior", "currentComparable", "priorComparable")) {
                    assertThat(got.get(field).isNumber())
                            .as(where + " " + field)
                            .isTrue();
                    assertThat(got.get(field).decimalValue())
                            .as(where + " " + field)
                            .isCloseTo(new BigDecimal(wanted.get(field).asString()), within(AMOUNT));
                }
                assertPercent(got.get("yoyPercent"), wanted.get("yoyPercent"), where);
                assertThat(got.get("status").asString())
                        .as(where)
                        .isEqualTo(wanted.get("status").asString());
            }
        }
    }

    private void assertZoneMetrics(TestZones.TestZone zone) {
        JsonNode wanted = SampleZone.expected().get("zoneMetrics");
        JsonNode got = body(get(mvc, "/api/v1/indicators/zone-metrics?year=2021", zone.leader()));
        for (String metric : List.of("taxPerMu", "outputPerMu", "energyPerValueAdded", "emergingValueAdded")) {
            for (String field : List.of("current", "prior")) {
                assertThat(got.get(metric).get(field).decimalValue())
                        .as(metric + "." + field)
                        .isCloseTo(new BigDecimal(wanted.get(metric).get(field).asString()), within(AMOUNT));
            }
            assertPercent(got.get(metric).get("yoyPercent"), wanted.get(metric).get("yoyPercent"), metric);
        }
        assertThat(got.get("energyPerValueAdded").get("current").decimalValue().scale())
                .isEqualTo(4);
        assertThat(got.get("leadingChainShare").get("current").decimalValue())
                .isCloseTo(
                        new BigDecimal(
                                wanted.get("leadingChainShare").get("current").asString()),
                        within(PERCENT));
        assertThat(got.get("newAboveScale").get("current").asLong())
                .isEqualTo(wanted.get("newAboveScale").get("current").asLong());
    }

    private static void assertPercent(JsonNode got, JsonNode wanted, String where) {
        if (wanted == null || wanted.isNull()) {
            assertThat(got == null || got.isNull()).as(where + " yoyPercent").isTrue();
        } else {
            assertThat(got.isNumber()).as(where + " yoyPercent is a number").isTrue();
            assertThat(got.decimalValue())
                    .as(where + " yoyPercent")
                    .isCloseTo(new BigDecimal(wanted.asString()), within(PERCENT));
        }
    }

    private JsonNode body(MvcTestResult response) {
        assertThat(response).hasStatusOk();
        try {
            return json.readTree(response.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
