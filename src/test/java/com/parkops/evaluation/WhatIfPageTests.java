package com.parkops.evaluation;

import static com.parkops.support.ApiCalls.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.ObjectMapper;

/** The what-if and path pages on the sample zone, as a zone clerk sees them. */
@IntegrationTest
class WhatIfPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    EvaluationRuns runs;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldShowTheMatrixTheMoversAndTheEditFieldsOfSchemeA() throws Exception {
        var zone = sampleZone();
        UUID run = sampleRun(zone);
        String query = "/evaluation/whatif?run=" + run + "&a=run&b=preset:huaian-2024&compare=1&shown=" + run + "|run";

        String page = html(mvc.get().uri(query).with(user(staff(zone))).exchange());

        assertThat(page)
                .contains("方案比较", "whatif-matrix", "class=\"diag\"", "预置方案“淮安 2024”", "等级变化的企业")
                .contains("name=\"w.规上.taxPerMu\"", "value=\"40\"", "name=\"g.规下.A\"", "value=\"25\"")
                .contains("chart-0", "chart-1", "echarts")
                .contains("movers.xlsx?");
        var first = runs.results(zone.id(), run).get(0);
        assertThat(page).contains("whatif-movers");
        assertThat(first.creditCode()).isNotBlank();
    }

    @Test
    void shouldShowFieldErrorsForEditsThatDoNotAddUp() throws Exception {
        var zone = sampleZone();
        UUID run = sampleRun(zone);
        String shown = run + "|run";
        String query = "/evaluation/whatif?run=" + run + "&a=run&b=edit&compare=1&shown=" + shown
                + "&w.规上.taxPerMu=50&w.规上.revenuePerMu=abc&g.规下.A=60";

        String page = html(mvc.get().uri(query).with(user(staff(zone))).exchange());

        assertThat(page).contains("请输入数字").doesNotContain("whatif-matrix");
        String sums = html(mvc.get()
                .uri("/evaluation/whatif?run=" + run + "&a=run&b=edit&compare=1&shown=" + shown
                        + "&w.规上.taxPerMu=50&g.规下.A=60")
                .with(user(staff(zone)))
                .exchange());
        assertThat(sums)
                .contains("各指标权重之和须为 100，当前为 110")
                .contains("A、B、C、D 各档比例之和须为 100%，当前为 135%")
                .contains("value=\"50\"")
                .doesNotContain("whatif-matrix");
    }

    @Test
    void shouldRefillTheEditFieldsWhenSchemeAChangesInsteadOfComparing() throws Exception {
        var zone = sampleZone();
        UUID run = sampleRun(zone);

        String page = html(mvc.get()
                .uri("/evaluation/whatif?run=" + run + "&a=preset:huaian-2024&b=edit&compare=1&shown=" + run
                        + "|run&w.规上.taxPerMu=40")
                .with(user(staff(zone)))
                .exchange());

        assertThat(page)
                .contains("已按新选的批次或方案 A 载入权重")
                .contains("name=\"w.规上.taxPerElectricity\"")
                .doesNotContain("whatif-matrix");
    }

    @Test
    void shouldExportTheMoversAndTheMatrixAsXlsx() throws Exception {
        var zone = sampleZone();
        UUID run = sampleRun(zone);
        String query =
                "/evaluation/whatif/movers.xlsx?run=" + run + "&a=run&b=preset:jingkaiqu&compare=1&sort=movement";

        MvcTestResult response = mvc.get().uri(query).with(user(staff(zone))).exchange();

        assertThat(response).hasStatusOk();
        assertThat(response.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(response.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("统一社会信用代码");
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(3);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("规上");
        }
    }

    @Test
    void shouldShowThePathOfAnEnterpriseAndRefuseThePagesToAnEnterpriseUser() throws Exception {
        var zone = sampleZone();
        UUID run = sampleRun(zone);
        var c = runs.results(zone.id(), run).stream()
                .filter(r -> r.computedGrade() == Grade.C)
                .findFirst()
                .orElseThrow();

        String page = html(mvc.get()
                .uri("/evaluation/whatif/path?run=" + run + "&creditCode=" + c.creditCode())
                .with(user(staff(zone)))
                .exchange());
        String english = html(mvc.get()
                .uri("/evaluation/whatif/path?lang=en&run=" + run + "&creditCode=" + c.creditCode())
                .with(user(staff(zone)))
                .exchange());

        assertThat(page)
                .contains("晋档路径", c.name(), "亩均税收", "万元/亩", "实缴税金", "最容易")
                .contains("即可升为 B 类");
        assertThat(english).contains("Path to the next grade", "Raise by", "10k CNY/mu", "Easiest");
        String absent = html(mvc.get()
                .uri("/evaluation/whatif/path?run=" + run + "&creditCode=NOPE")
                .with(user(staff(zone)))
                .exchange());
        assertThat(absent).contains("该批次中没有信用代码为 NOPE 的企业");
        UserDetails clerk = users.loadUserByUsername(testZones.enterpriseUser(zone, c.enterpriseId()));
        assertThat(mvc.get().uri("/evaluation/whatif").with(user(clerk)).exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/evaluation/whatif/path?run=" + run + "&creditCode=" + c.creditCode())
                        .with(user(clerk))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void shouldSayThereIsNothingToCompareWithoutRuns() throws Exception {
        var zone = testZones.create();

        assertThat(html(mvc.get()
                        .uri("/evaluation/whatif")
                        .with(user(staff(zone)))
                        .exchange()))
                .contains("还没有评价批次");
        assertThat(html(mvc.get()
                        .uri("/evaluation/whatif/path")
                        .with(user(staff(zone)))
                        .exchange()))
                .contains("还没有评价批次");
    }

    private UserDetails staff(TestZones.TestZone zone) {
        return users.loadUserByUsername(zone.staff());
    }

    private static String html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private TestZones.TestZone sampleZone() {
        return SampleZone.withFigures(mvc, jdbc, testZones);
    }

    private UUID sampleRun(TestZones.TestZone zone) {
        var created = mvc.post()
                .uri("/api/v1/evaluation/runs")
                .header(HttpHeaders.AUTHORIZATION, basic(zone.staff()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of(
                        "year",
                        2021,
                        "scheme",
                        SampleZone.expected().get("evaluation").get("scheme"))))
                .exchange();
        assertThat(created).hasStatus(201);
        return UUID.fromString(json.readTree(created.getResponse().getContentAsByteArray())
                .get("id")
                .asString());
    }
}
