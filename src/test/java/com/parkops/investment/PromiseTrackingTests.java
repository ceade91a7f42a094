package com.parkops.investment;

import static com.parkops.investment.ContestFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.ApiCalls;
import com.parkops.support.IntegrationTest;
import com.parkops.support.RegistryTestData;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Promises against a hand-computed enterprise: 20,000 m² = 30 亩; 2024 tax 300 → 10 万元/亩 against
 * 15 promised = 66.67 % (short of 70 %); output 20,000 against 25,000 = 80.00 %; fixed-asset
 * investment 4,000 (2023) + 5,000 (2024) since the 2023 signing = 9,000 ÷ 30 = 300 against 400 =
 * 75.00 %.
 */
@IntegrationTest
class PromiseTrackingTests {

    private static final String CONTRACT = """
            {"contractNo":"%s","signedOn":"2023-03-01","investor":"投资方","amount":20000,"landMu":30,
             "promisedIntensity":400,"promisedTaxPerMu":15,"promisedOutput":25000}
            """;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    @Test
    void shouldCompareThePromisesWithTheFullYearFiguresAndFlagShortfalls() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        String code = TestEnterprises.newCreditCode();
        String idle = TestEnterprises.newCreditCode();
        RegistryTestData registry = new RegistryTestData(jdbc);
        registry.enterprise(f.zone.id(), code, null, null, null, null, 20000);
        registry.enterprise(f.zone.id(), idle, null, null, null, null, 6667);
        String csv = "creditCode,period,tax,output,fixedInvestment\n"
                + code + ",2023-12,250,18000,4000\n"
                + code + ",2024-06,120,9000,2000\n"
                + code + ",2024-12,300,20000,5000\n"
                + idle + ",2023-12,10,100,\n";
        assertThat(ApiCalls.upload(
                        mvc,
                        "/api/v1/indicators/import?basis=ytd",
                        f.zone.staff(),
                        "f.csv",
                        csv.getBytes(StandardCharsets.UTF_8)))
                .hasStatusOk();

        UUID linked =
                f.project("IN_PRODUCTION").signed("2023-03-01").enterprise(code).insert();
        UUID noFigures =
                f.project("AT_CAPACITY").signed("2023-03-01").enterprise(idle).insert();
        UUID unlinked = f.project("IN_PRODUCTION").signed("2023-03-01").insert();
        f.project("STARTED").signed("2023-03-01").enterprise(code).insert();
        for (UUID project : new UUID[] {linked, noFigures, unlinked}) {
            assertThat(f.put(
                            f.zone.staff(),
                            "/api/v1/investment/projects/" + project + "/contract",
                            CONTRACT.formatted("HT-" + project)))
                    .hasStatusOk();
        }
        f.project("IN_PRODUCTION").signed("2023-03-01").enterprise(code).insert();

        JsonNode report = body(f.get(f.zone.leader(), "/api/v1/investment/promises?year=2024"));
        assertThat(report.get("shortfallPercent").decimalValue()).isEqualByComparingTo("70");
        JsonNode rows = report.get("rows");
        assertThat(rows).hasSize(4);
        JsonNode row = row(rows, linked);
        assertThat(row.get("gap").isNull()).isTrue();
        assertThat(row.get("landMu").decimalValue()).isEqualByComparingTo("30.00");
        assertThat(row.get("taxPerMu").get("actual").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(row.get("taxPerMu").get("ratioPercent").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(row.get("taxPerMu").get("shortfall").asBoolean()).isTrue();
        assertThat(row.get("output").get("ratioPercent").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(row.get("output").get("shortfall").asBoolean()).isFalse();
        assertThat(row.get("intensity").get("actual").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(row.get("intensity").get("ratioPercent").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(row.get("shortfall").asBoolean()).isTrue();
        assertThat(row(rows, noFigures).get("gap").asString()).isEqualTo("NO_FIGURES");
        assertThat(row(rows, unlinked).get("gap").asString()).isEqualTo("NO_ENTERPRISE");
        assertThat(rows.findValuesAsString("gap")).contains("NO_CONTRACT");

        assertThat(f.put(f.zone.staff(), "/api/v1/investment/promises/settings", "{\"shortfallPercent\":60}"))
                .hasStatus(403);
        assertThat(f.put(f.zone.admin(), "/api/v1/investment/promises/settings", "{\"shortfallPercent\":0}"))
                .hasStatus(422);
        assertThat(f.put(f.zone.admin(), "/api/v1/investment/promises/settings", "{\"shortfallPercent\":60}"))
                .hasStatusOk();
        JsonNode relaxed = row(
                body(f.get(f.zone.staff(), "/api/v1/investment/promises?year=2024"))
                        .get("rows"),
                linked);
        assertThat(relaxed.get("shortfall").asBoolean()).isFalse();
        assertThat(f.audits(PromiseTracking.ENTITY)).isEqualTo(1);

        JsonNode earlier = row(
                body(f.get(f.zone.staff(), "/api/v1/investment/promises?year=2023"))
                        .get("rows"),
                linked);
        assertThat(earlier.get("taxPerMu").get("actual").decimalValue()).isEqualByComparingTo("8.33");
        assertThat(row(
                                body(f.get(f.zone.staff(), "/api/v1/investment/promises?year=2022"))
                                        .get("rows"),
                                linked)
                        .get("gap")
                        .asString())
                .isEqualTo("NO_FIGURES");
    }

    private static JsonNode row(JsonNode rows, UUID project) {
        for (JsonNode row : rows) {
            if (row.get("projectId").asString().equals(project.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + project);
    }
}
