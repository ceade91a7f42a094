package com.parkops.indicators;

import static com.parkops.indicators.CraftedZone.code;
import static com.parkops.indicators.CraftedZone.csv;
import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static com.parkops.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.parkops.shared.InputError;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class IndicatorRevisionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorValues values;

    @Autowired
    AuditLog audit;

    @Autowired
    DataQuality quality;

    @Test
    void shouldCountTheLatestRevisionKeepEarlierOnesAndDeriveAcrossBases() throws Exception {
        var zone = testZones.create();
        UUID enterprise = CraftedZone.register(jdbc, zone, 1).get(0);
        String ytd = "/api/v1/indicators/import?basis=ytd";
        assertThat(upload(mvc, ytd, zone.staff(), "a.csv", csv("creditCode,period,output", code(0) + ",2021-01,100")))
                .hasStatusOk();
        assertThat(upload(mvc, ytd, zone.staff(), "b.csv", csv("creditCode,period,output", code(0) + ",2021-01,120")))
                .hasStatusOk();
        assertThat(upload(
                        mvc,
                        "/api/v1/indicators/import?basis=monthly",
                        zone.staff(),
                        "c.csv",
                        csv("creditCode,period,output,employees", code(0) + ",2021-02,30,10")))
                .hasStatusOk();

        assertThat(figure(zone.id(), enterprise, "2021-01")).isEqualTo(List.of("120", "120"));
        assertThat(figure(zone.id(), enterprise, "2021-02")).isEqualTo(List.of("30", "150"));
        var revisions = values.revisions(zone.id(), enterprise, YearMonth.of(2021, 1));
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).reported()).containsEntry("output", new BigDecimal("120"));
        assertThat(revisions.get(1).reported()).containsEntry("output", new BigDecimal("100"));

        // a manual correction of January re-derives February's cumulative value
        MvcTestResult corrected = mvc.put()
                .uri("/api/v1/indicators/enterprises/" + code(0) + "/periods/2021-01?basis=ytd")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType("application/json")
                .content("{\"output\": 130}")
                .exchange();
        assertThat(corrected).hasStatusOk();
        assertThat(figure(zone.id(), enterprise, "2021-01")).isEqualTo(List.of("130", "130"));
        assertThat(figure(zone.id(), enterprise, "2021-02")).isEqualTo(List.of("30", "160"));
        var history = audit.history(zone.id(), "indicator-value", code(0) + "/2021-01");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).actor()).isEqualTo(zone.staff());
        assertThat(history.get(0).changes().get("output").from()).isEqualTo("120");
        assertThat(history.get(0).changes().get("output").to()).isEqualTo("130");

        String page = get(
                        mvc, "/api/v1/indicators/enterprises/" + code(0) + "/periods/2021-01/revisions", zone.leader())
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(page, "$[*].source")).containsExactly("MANUAL", "IMPORT", "IMPORT");
    }

    @Test
    void shouldAverageEmployeesOverTheMonthsReported() {
        var zone = testZones.create();
        UUID enterprise = CraftedZone.register(jdbc, zone, 1).get(0);
        assertThat(upload(
                        mvc,
                        "/api/v1/indicators/import?basis=monthly",
                        zone.staff(),
                        "m.csv",
                        csv(
                                "creditCode,period,employees",
                                code(0) + ",2021-01,100",
                                code(0) + ",2021-02,110",
                                code(0) + ",2021-04,130")))
                .hasStatusOk();
        // mean of the three months reported, not a sum
        assertThat(values.figures(zone.id(), enterprise, 2021).stream()
                        .filter(f -> f.period().equals(YearMonth.of(2021, 4)))
                        .findFirst()
                        .orElseThrow()
                        .ytdValue())
                .isEqualByComparingTo("113.333333");
    }

    @Test
    void shouldCheckSubmittedFiguresWithoutStoringThem() {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 1);
        assertThat(upload(
                        mvc,
                        "/api/v1/indicators/import?basis=ytd",
                        zone.staff(),
                        "a.csv",
                        csv("creditCode,period,output,tax", code(0) + ",2020-03,100,10")))
                .hasStatusOk();

        List<InputError> findings = quality.check(
                zone.id(),
                Basis.YTD,
                List.of(new ReportedRow(code(0), YearMonth.of(2021, 3), Map.of("output", new BigDecimal("400")))));

        assertThat(findings)
                .extracting(InputError::row, InputError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "output"));
        long stored = jdbc.sql("select count(*) from indicators.value where zone_id = :zone")
                .param("zone", zone.id())
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(2);
    }

    private List<String> figure(UUID zoneId, UUID enterprise, String period) {
        return values.figures(zoneId, enterprise, 2021).stream()
                .filter(f -> f.indicator().equals("output") && f.period().equals(YearMonth.parse(period)))
                .map(f -> List.of(
                        f.monthValue().stripTrailingZeros().toPlainString(),
                        f.ytdValue().stripTrailingZeros().toPlainString()))
                .findFirst()
                .orElseThrow();
    }
}
