package com.parkops.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.parkops.support.ApiCalls;
import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The investment API: the sample zone's summary, the import's refusals, labels, steps and access. */
@IntegrationTest
class InvestmentApiTests {

    static final String HEADER =
            "code,name,investor,capitalSource,amount,chain,signedOn,startedOn,productionOn,fundsInPlace,stage\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InvestmentSettingsService settings;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    TestZones.TestZone zone;

    @BeforeEach
    void zone() {
        zone = zones.create();
    }

    @Test
    void shouldAnswerTheSampleZoneSummaryAfterImportingItsProjects() throws Exception {
        MvcTestResult imported = upload(SampleZone.bytes("projects.csv"));
        assertThat(imported).hasStatusOk();
        assertThat(json(imported).get("created").asInt()).isEqualTo(24);
        assertThat(json(imported).get("updated").asInt()).isZero();

        JsonNode expected = SampleZone.expected().get("investment");
        JsonNode actual = json(ApiCalls.get(mvc, "/api/v1/investment/summary?year=2021", zone.leader()));
        for (String figure : new String[] {"signedAmount", "projects5020"}) {
            for (String part : new String[] {"current", "prior"}) {
                // api.md: money and percentages are JSON numbers (expected.json keeps them as text)
                assertThat(actual.get(figure).get(part).isNumber()).isTrue();
                assertThat(number(actual.get(figure).get(part)))
                        .as(figure + "." + part)
                        .isCloseTo(number(expected.get(figure).get(part)), within(0.01));
            }
            assertThat(number(actual.get(figure).get("yoyPercent")))
                    .isCloseTo(number(expected.get(figure).get("yoyPercent")), within(0.02));
        }
        assertThat(actual.get("newSigned").asInt())
                .isEqualTo(expected.get("newSigned").asInt());
        assertThat(number(actual.get("startRate"))).isCloseTo(number(expected.get("startRate")), within(0.02));
        assertThat(number(actual.get("productionRate")))
                .isCloseTo(number(expected.get("productionRate")), within(0.02));
        String raw = ApiCalls.get(mvc, "/api/v1/investment/summary?year=2021", zone.leader())
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // numbers written with their two decimals, e.g. "current":242099.50
        assertThat(raw).containsPattern("\"signedAmount\":\\{\"current\":-?\\d+\\.\\d{2},");
        assertThat(actual.get("startRate").isNumber()).isTrue();

        assertThat(upload(SampleZone.bytes("projects.csv"))).bodyJson().isEqualTo("{\"created\":0,\"updated\":24}");
    }

    @Test
    void shouldRefuseABadFileWithEveryErrorAndWriteNothing() throws Exception {
        String file = HEADER
                + "A1,甲,投资方,内外资,100,,2021-01-01,,,,签约\n"
                + "A2,乙,投资方,内资,100,,2021-13-01,,,,签约\n"
                + "A3,丙,投资方,内资,100,,,,,,已谈妥\n"
                + "A4,丁,投资方,内资,-5,,2021-01-01,,,,签约\n"
                + "A4,戊,投资方,内资,5,,2021-01-01,,,,签约\n"
                + "A6,己,投资方,外资,5,,2021-01-01,,,,线索\n";
        MvcTestResult refused = upload(file.getBytes(StandardCharsets.UTF_8));
        assertThat(refused).hasStatus(422);
        String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode errors = new ObjectMapper().readTree(body).get("errors");
        assertThat(errors)
                .extracting(e -> e.get("row").asInt() + ":" + e.get("field").asString())
                .contains("2:capitalSource", "3:signedOn", "4:stage", "5:amount", "6:code", "7:signedOn");
        assertThat(jdbc.sql("select count(*) from investment.project where zone_id = :zone")
                        .param("zone", zone.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldConvertUsdAtTheZoneRateAndLabel5020AtTheThresholds() {
        settings.update(
                zone.id(),
                "test",
                new InvestmentSettings(
                        new BigDecimal("7.0000"),
                        new BigDecimal("50000"),
                        new BigDecimal("2000"),
                        ProductionRateBase.SIGNED,
                        0));
        String file = HEADER
                + "B1,整五亿,投资方,内资,50000,,2021-03-01,,,,签约\n"
                + "B2,差一点,投资方,内资,49999.99,,2021-03-01,,,,签约\n"
                + "B3,外资两千万,投资方,外资,2000,,2021-04-01,,,,签约\n"
                + "B4,外资差一点,投资方,foreign,1999.99,,2021-04-01,,,,签约\n";
        assertThat(upload(file.getBytes(StandardCharsets.UTF_8))).hasStatusOk();
        JsonNode summary = json(ApiCalls.get(mvc, "/api/v1/investment/summary?year=2021", zone.staff()));
        // 50000 + 49999.99 + (2000 + 1999.99) × 7 = 127999.92
        assertThat(summary.get("signedAmount").get("current").decimalValue()).isEqualByComparingTo("127999.92");
        assertThat(summary.get("projects5020").get("current").asInt()).isEqualTo(2);
        assertThat(summary.get("signedAmount").get("yoyPercent").isNull()).isTrue();
        JsonNode projects = json(ApiCalls.get(mvc, "/api/v1/investment/projects", zone.staff()));
        assertThat(projects)
                .extracting(
                        p -> p.get("code").asString() + "=" + p.get("label5020").asBoolean())
                .containsExactly("B1=true", "B2=false", "B3=true", "B4=false");
        assertThat(projects.get(2).get("usdRate").asDouble()).isEqualTo(7.0);
        assertThat(projects.get(2).get("amountWan").asDouble()).isEqualTo(14000.0);
    }

    @Test
    void shouldMoveStagesForwardAndRefuseIllegalMoves() {
        String id = create("{\"name\":\"新材料项目\",\"capitalSource\":\"DOMESTIC\",\"amount\":1200,"
                + "\"stage\":\"LEAD\",\"stageOn\":\"2024-01-05\"}");
        assertThat(step(id, "advance", "{\"stage\":\"SIGNED\",\"on\":\"2024-03-01\",\"version\":0}"))
                .hasStatusOk();
        assertThat(step(id, "advance", "{\"stage\":\"NEGOTIATING\",\"on\":\"2024-04-01\",\"version\":1}"))
                .hasStatus(409);
        assertThat(step(id, "advance", "{\"stage\":\"STARTED\",\"on\":\"2024-02-01\",\"version\":1}"))
                .hasStatus(422);
        assertThat(step(id, "advance", "{\"stage\":\"STARTED\",\"on\":\"2024-05-01\",\"version\":0}"))
                .hasStatus(409);
        assertThat(step(id, "pause", "{\"reason\":\"资金未落实\",\"version\":1}")).hasStatusOk();
        assertThat(step(id, "advance", "{\"stage\":\"STARTED\",\"on\":\"2024-05-01\",\"version\":2}"))
                .hasStatus(409);
        assertThat(step(id, "resume", "{\"version\":2}")).hasStatusOk();
        assertThat(step(id, "lose", "{\"reason\":\"投资方撤回\",\"version\":3}")).hasStatusOk();
        assertThat(step(id, "resume", "{\"version\":4}")).hasStatus(409);
        JsonNode project = json(ApiCalls.get(mvc, "/api/v1/investment/projects/" + id, zone.staff()));
        assertThat(project.get("stage").asString()).isEqualTo("SIGNED");
        assertThat(project.get("closedAs").asString()).isEqualTo("LOST");
        assertThat(project.get("stageDates").get("SIGNED").asString()).isEqualTo("2024-03-01");
        assertThat(jdbc.sql("select string_agg(kind, ',' order by seq) from investment.project_event"
                                + " where zone_id = :zone and project_id = :id")
                        .param("zone", zone.id())
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("CREATE,ADVANCE,PAUSE,RESUME,LOSE");
        assertThat(jdbc.sql(
                                "select count(*) from zone.audit_event where zone_id = :zone and entity_type = 'investment-project'")
                        .param("zone", zone.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void shouldLinkTheProjectToARegisteredEnterpriseAndRefuseAnUnknownCode() {
        String code = com.parkops.support.TestEnterprises.newCreditCode();
        new com.parkops.support.RegistryTestData(jdbc).enterprise(zone.id(), code, null, null, null, null, 6667);
        String id = create("{\"name\":\"落地项目\",\"capitalSource\":\"DOMESTIC\",\"amount\":800,"
                + "\"stage\":\"SIGNED\",\"stageOn\":\"2024-03-01\"}");
        assertThat(step(id, "enterprise", "{\"creditCode\":\"91330000MA0000000X\",\"version\":0}"))
                .hasStatus(422);
        assertThat(step(id, "enterprise", "{\"creditCode\":\"" + code + "\",\"version\":0}"))
                .hasStatusOk();
        assertThat(step(id, "enterprise", "{\"creditCode\":\"" + code + "\",\"version\":0}"))
                .hasStatus(409);
        JsonNode project = json(ApiCalls.get(mvc, "/api/v1/investment/projects/" + id, zone.staff()));
        assertThat(project.get("creditCode").asString()).isEqualTo(code);

        assertThat(mvc.post()
                        .uri("/investment/projects/" + id + "/enterprise")
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                        accounts.loadUserByUsername(zone.staff())))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("creditCode", "")
                        .param("version", String.valueOf(project.get("version").asInt())))
                .hasStatus3xxRedirection();
        JsonNode unlinked = json(ApiCalls.get(mvc, "/api/v1/investment/projects/" + id, zone.staff()));
        assertThat(unlinked.get("creditCode").isNull()).isTrue();
        assertThat(
                        mvc.get()
                                .uri("/investment/projects/" + id)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(
                                        accounts.loadUserByUsername(zone.staff()))))
                .bodyText()
                .contains("link-credit-code");
    }

    @Test
    void shouldExportTheFilteredListAsAWorkbookThatReadsBack() throws Exception {
        assertThat(upload(SampleZone.bytes("projects.csv"))).hasStatusOk();
        MvcTestResult export = mvc.get()
                .uri("/investment/projects/export?year=2021&stage=STARTED")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        accounts.loadUserByUsername(zone.staff())))
                .exchange();
        assertThat(export).hasStatusOk();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ZS2021006");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(5684.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("ZS2021016");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("外资");
            assertThat(sheet.getRow(2).getCell(16).getNumericCellValue()).isEqualTo(14410.5);
        }
        assertThat(upload(export.getResponse().getContentAsByteArray()))
                .bodyJson()
                .isEqualTo("{\"created\":0,\"updated\":2}");
    }

    @Test
    void shouldRefuseEnterpriseUsers() {
        String enterprise = zones.enterpriseUser(zone, UUID.randomUUID());
        assertThat(ApiCalls.get(mvc, "/api/v1/investment/summary?year=2021", enterprise))
                .hasStatus(403);
        assertThat(ApiCalls.upload(mvc, "/api/v1/investment/projects/import", enterprise, "p.csv", HEADER.getBytes()))
                .hasStatus(403);
        assertThat(ApiCalls.upload(
                        mvc, "/api/v1/investment/projects/import", zone.leader(), "p.csv", HEADER.getBytes()))
                .hasStatus(403);
    }

    private MvcTestResult upload(byte[] content) {
        return ApiCalls.upload(mvc, "/api/v1/investment/projects/import", zone.staff(), "projects.csv", content);
    }

    private String create(String body) {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/investment/projects")
                .header(HttpHeaders.AUTHORIZATION, ApiCalls.basic(zone.staff()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(created).hasStatus(201);
        return json(created).get("id").asString();
    }

    private MvcTestResult step(String id, String step, String body) {
        return mvc.post()
                .uri("/api/v1/investment/projects/" + id + "/" + step)
                .header(HttpHeaders.AUTHORIZATION, ApiCalls.basic(zone.staff()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static JsonNode json(MvcTestResult result) {
        try {
            return new ObjectMapper().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double number(JsonNode node) {
        return node.isString() ? Double.parseDouble(node.asString()) : node.asDouble();
    }
}
