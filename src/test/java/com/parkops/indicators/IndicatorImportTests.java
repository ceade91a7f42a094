package com.parkops.indicators;

import static com.parkops.indicators.CraftedZone.code;
import static com.parkops.indicators.CraftedZone.csv;
import static com.parkops.support.ApiCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class IndicatorImportTests {

    private static final String IMPORT = "/api/v1/indicators/import?basis=ytd";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseTheFileListingEveryRowErrorAndWriteNothing() throws Exception {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 2);
        byte[] file = csv(
                "统一社会信用代码,期间,工业总产值,tax,利润总额",
                code(0) + ",2021-01,100,5,-3",
                code(99) + ",2021-01,100,5,1",
                code(0) + ",2021-13,100,5,1",
                code(1) + ",2021-01,abc,5,1",
                code(1) + ",2021-02,100,-3,-3",
                code(0) + ",2021-01,100,5,1",
                "123,2021-03,1,1,1");

        MvcTestResult response = upload(mvc, IMPORT, zone.staff(), "bad.csv", file);

        assertThat(response).hasStatus(422).hasContentTypeCompatibleWith("application/problem+json");
        String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> rows = JsonPath.read(body, "$.errors[*].row");
        List<String> fields = JsonPath.read(body, "$.errors[*].field");
        assertThat(rows).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(fields).containsExactly("creditCode", "period", "output", "tax", "period", "creditCode");
        assertThat(stored(zone.id())).isZero();
    }

    @Test
    void shouldRefuseAnUnknownColumn() throws Exception {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 1);
        MvcTestResult response = upload(
                mvc, IMPORT, zone.admin(), "bad.csv", csv("creditCode,period,output,产量", code(0) + ",2021-01,1,2"));
        assertThat(response).hasStatus(422);
        String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<Integer>) JsonPath.read(body, "$.errors[*].row")).containsExactly(1);
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field")).containsExactly("产量");
        assertThat(stored(zone.id())).isZero();
    }

    @Test
    void shouldRefuseABrokenWorkbookAsAWhole() throws Exception {
        var zone = testZones.create();
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        MvcTestResult response = upload(mvc, IMPORT, zone.staff(), "broken.xlsx", notAWorkbook);
        assertThat(response).hasStatus(422);
        String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(body, "$.errors[*].field")).containsExactly("file");
        assertThat(stored(zone.id())).isZero();
    }

    @Test
    void shouldListAtMostAThousandErrorsAndCountTheRest() throws Exception {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 1);
        StringBuilder file = new StringBuilder("creditCode,period,output\n");
        for (int i = 0; i < 1500; i++) {
            file.append(code(0)).append(",2021-01,not-a-number\n");
        }
        MvcTestResult response =
                upload(mvc, IMPORT, zone.staff(), "many.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response).hasStatus(422);
        String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        // 1500 bad numbers plus 1499 duplicate rows
        assertThat((List<Object>) JsonPath.read(body, "$.errors")).hasSize(1000);
        assertThat((String) JsonPath.read(body, "$.detail")).contains("2999");
        assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(2);
    }

    @Test
    void shouldLetOnlyStaffAndAdministratorsImport() {
        var zone = testZones.create();
        List<UUID> ids = CraftedZone.register(jdbc, zone, 1);
        byte[] file = csv("creditCode,period,output", code(0) + ",2021-01,1");
        assertThat(upload(mvc, IMPORT, zone.leader(), "f.csv", file)).hasStatus(403);
        assertThat(upload(mvc, IMPORT, testZones.enterpriseUser(zone, ids.get(0)), "f.csv", file))
                .hasStatus(403);
        assertThat(stored(zone.id())).isZero();
        assertThat(upload(mvc, IMPORT, zone.admin(), "f.csv", file)).hasStatusOk();
    }

    @Test
    void shouldWarnAboutQualityProblemsWithoutRefusingTheImport() throws Exception {
        var zone = testZones.create();
        CraftedZone.register(jdbc, zone, 6);
        byte[] file = csv(
                "creditCode,period,output,electricity,energy,valueAdded,tax",
                code(0) + ",2020-01,100,10,10,50,5",
                code(1) + ",2020-01,100,10,10,50,5",
                code(2) + ",2020-01,100,10,10,50,5",
                code(3) + ",2020-01,100,10,10,50,5",
                code(4) + ",2020-01,100,10,10,50,5",
                code(5) + ",2020-01,100,10,10,50,5",
                code(0) + ",2021-01,110,11,10,50,5",
                code(1) + ",2021-01,110,11,10,50,5",
                code(2) + ",2021-01,300,30,10,50,5",
                code(3) + ",2021-01,160,10,10,50,5",
                code(4) + ",2021-01,110,11,100,50,5",
                code(5) + ",2021-01,110,11,10,50,",
                code(0) + ",2021-02,105,22,20,100,10");

        MvcTestResult response = upload(mvc, IMPORT, zone.staff(), "quality.csv", file);

        assertThat(response).hasStatusOk();
        String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Integer> rows = JsonPath.read(body, "$.warnings[*].row");
        List<String> fields = JsonPath.read(body, "$.warnings[*].field");
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            found.add(rows.get(i) + ":" + fields.get(i));
        }
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "10:output", // output +200 % year on year
                        "10:electricity", // electricity +200 %
                        "11:output", // output +60 %
                        "11:output", // ... while electricity is flat: 60 points apart
                        "12:energy", // energy +900 %
                        "12:energy", // intensity 2.0 against a chain median of 0.2
                        "13:tax", // not reported
                        "14:output"); // cumulative 105 below January's 110
        assertThat((Integer) JsonPath.read(body, "$.rows")).isEqualTo(13);
        assertThat((Integer) JsonPath.read(body, "$.warningCount")).isEqualTo(8);
        assertThat(stored(zone.id())).isEqualTo(64 + 1 + 13);
    }

    private long stored(UUID zoneId) {
        return jdbc.sql("select (select count(*) from indicators.value where zone_id = :zone)"
                        + " + (select count(*) from indicators.batch where zone_id = :zone)"
                        + " + (select count(*) from indicators.report_revision where zone_id = :zone)")
                .param("zone", zoneId)
                .query(Long.class)
                .single();
    }
}
