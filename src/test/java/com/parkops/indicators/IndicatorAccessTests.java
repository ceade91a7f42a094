package com.parkops.indicators;

import static com.parkops.indicators.CraftedZone.code;
import static com.parkops.indicators.CraftedZone.csv;
import static com.parkops.support.ApiCalls.get;
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

@IntegrationTest
class IndicatorAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldShowAnEnterpriseUserOnlyItsOwnFigures() throws Exception {
        var zone = testZones.create();
        List<UUID> ids = CraftedZone.register(jdbc, zone, 2);
        assertThat(upload(
                        mvc,
                        "/api/v1/indicators/import?basis=ytd",
                        zone.staff(),
                        "f.csv",
                        csv(
                                "creditCode,period,output,profit",
                                code(0) + ",2020-06,100,5",
                                code(0) + ",2021-06,120,6",
                                code(1) + ",2020-06,200,7",
                                code(1) + ",2021-06,180,-1")))
                .hasStatusOk();
        String clerk = testZones.enterpriseUser(zone, ids.get(0));

        String own = get(
                        mvc, "/api/v1/indicators/summary?year=2021&month=6&groupBy=enterprise&indicators=output", clerk)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(own, "$.rows[*].group")).containsExactly(code(0));
        assertThat((Double) JsonPath.read(own, "$.rows[0].yoyPercent")).isEqualTo(20.0);

        for (String uri : List.of(
                "/api/v1/indicators/summary?year=2021&month=6&groupBy=zone&indicators=output",
                "/api/v1/indicators/summary?year=2021&month=6&groupBy=chain&indicators=output",
                "/api/v1/indicators/zone-metrics?year=2021")) {
            assertThat(get(mvc, uri, clerk)).as(uri).hasStatus(403);
        }
        assertThat(get(mvc, "/api/v1/indicators/enterprises/" + code(1) + "/figures?year=2021", clerk))
                .hasStatus(404);
        assertThat(get(mvc, "/api/v1/indicators/enterprises/" + code(0) + "/figures?year=2021", clerk))
                .hasStatusOk();

        String all = get(
                        mvc,
                        "/api/v1/indicators/summary?year=2021&month=6&groupBy=enterprise&indicators=output",
                        zone.leader())
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(all, "$.rows[*].group")).containsExactly(code(0), code(1));
    }

    @Test
    void shouldPublishTheCatalogueWithKindsAndSigns() throws Exception {
        var zone = testZones.create();
        String body = get(mvc, "/api/v1/indicators/catalogue", zone.leader())
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<String>) JsonPath.read(body, "$[*].code"))
                .containsExactly(
                        "output",
                        "revenue",
                        "mainRevenue",
                        "profit",
                        "tax",
                        "valueAdded",
                        "energy",
                        "electricity",
                        "employees",
                        "rdExpense",
                        "fixedInvestment",
                        "cod",
                        "nh3n",
                        "so2",
                        "nox",
                        "water");
        assertThat((List<String>) JsonPath.read(body, "$[?(@.code == 'employees')].kind"))
                .containsExactly("AVERAGE");
        assertThat((List<Boolean>) JsonPath.read(body, "$[?(@.code == 'profit')].negativeAllowed"))
                .containsExactly(true);
        assertThat((List<String>) JsonPath.read(body, "$[?(@.code == 'tax')].nameZh"))
                .containsExactly("实缴税金");
    }
}
