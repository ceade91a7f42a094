package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.body;
import static com.parkops.appeals.AppealsFixture.create;
import static com.parkops.appeals.AppealsFixture.json;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The metrics API, pages and export on two cases of August 2026: one closed by the land department
 * on time, resolved and satisfied; one left unacknowledged past its deadline at the first
 * department. Staff of every department see every department's metrics; the overdue list keeps to
 * the caller's data scope.
 */
@IntegrationTest
class AppealMetricsTests {

    private static final String AUGUST = "from=2026-08-01&to=2026-08-31";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    AppealsFixture f;
    String late;

    @BeforeEach
    void august() {
        f = AppealsFixture.create(context);
        try {
            at("2026-08-03T01:00:00Z");
            late = create(mvc, f.centre(), of(f.appeal("COMPLAINT", "POLICY", "政策兑现慢")));
            at("2026-08-03T01:30:00Z");
            assertThat(act(mvc, f.centre(), late, "dispatch", Map.of("departmentId", f.firstDepartment())))
                    .hasStatusOk();
            at("2026-08-03T02:00:00Z");
            String done = create(mvc, f.centre(), of(f.appeal("CONSULT", "LAND", "用地指标咨询")));
            step("2026-08-03T02:30:00Z", f.centre(), done, "dispatch", Map.of("departmentId", f.landDepartment()));
            step("2026-08-03T03:00:00Z", f.land(), done, "acknowledge", null);
            step("2026-08-03T03:10:00Z", f.land(), done, "start", null);
            step("2026-08-03T06:00:00Z", f.land(), done, "reply", Map.of("text", "已答复", "resolved", true));
            step("2026-08-04T02:00:00Z", f.centre(), done, "revisit", Map.of("satisfaction", "SATISFIED"));
            step("2026-08-04T03:00:00Z", f.centre(), done, "close", Map.of("resolved", true));
        } finally {
            clock.reset();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> of(Map<String, Object> body) {
        body.put("creditCode", f.enterpriseA().creditCode());
        return body;
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private void step(String instant, String user, String id, String action, Map<String, Object> body) {
        at(instant);
        assertThat(act(mvc, user, id, action, body)).hasStatusOk();
    }

    @Test
    void shouldAnswerTheMetricsOfAMonthPerDepartmentAndTotal() {
        MvcTestResult result =
                get(mvc, "/api/v1/appeals/metrics?" + AUGUST, f.zone().leader());
        assertThat(result).hasStatusOk();
        String land = "$.departments[?(@.departmentId == '" + f.landDepartment() + "')]";
        String first = "$.departments[?(@.departmentId == '" + f.firstDepartment() + "')]";
        assertThat((List<Integer>) json(result, land + ".counts.closed")).containsExactly(1);
        assertThat((List<Integer>) json(result, land + ".counts.satisfied")).containsExactly(1);
        assertThat((List<Double>) json(result, land + ".rates.onTime")).containsExactly(100.0);
        assertThat((List<Integer>) json(result, first + ".counts.overdue")).containsExactly(1);
        assertThat((List<Integer>) json(result, first + ".counts.due")).containsExactly(1);
        assertThat((List<Object>) json(result, first + ".rates.completion")).containsExactly(0.0);
        assertThat((List<Object>) json(result, first + ".rates.satisfaction")).containsExactly((Object) null);
        assertThat((Integer) json(result, "$.total.counts.dispatched")).isEqualTo(2);
        assertThat((Integer) json(result, "$.total.counts.due")).isEqualTo(2);
        assertThat((Double) json(result, "$.total.rates.completion")).isEqualTo(50.0);
        assertThat((Double) json(result, "$.total.rates.resolution")).isEqualTo(50.0);
        assertThat((Double) json(result, "$.total.rates.settlement")).isEqualTo(100.0);
        assertThat((List<?>) json(result, "$.departments")).hasSize(3);

        // every department's staff see the zone's metrics; enterprises none
        assertThat(get(mvc, "/api/v1/appeals/metrics?" + AUGUST, f.land())).hasStatusOk();
        assertThat(get(mvc, "/api/v1/appeals/metrics?" + AUGUST, f.clerkA())).hasStatus(403);
        assertThat(get(mvc, "/api/v1/appeals/overdue", f.clerkA())).hasStatus(403);
        assertThat(get(mvc, "/api/v1/appeals/metrics?from=2026-08-31&to=2026-08-01", f.centre()))
                .hasStatus(422);
    }

    @Test
    void shouldAnswerNothingCountedForAnEmptyPeriod() {
        MvcTestResult result = get(mvc, "/api/v1/appeals/metrics?from=2026-01-01&to=2026-03-31", f.centre());
        assertThat(result).hasStatusOk();
        assertThat((Integer) json(result, "$.total.counts.due")).isZero();
        assertThat((Object) json(result, "$.total.rates.completion")).isNull();
        String page = page("/appeals/metrics?period=2026-Q1", f.centre(), "zh_CN");
        assertThat(page).contains("该统计期内没有可统计的办理记录", "—").doesNotContain("data-chart");
    }

    @Test
    void shouldListOverdueAppealsWithinTheCallersScope() {
        MvcTestResult first = get(mvc, "/api/v1/appeals/overdue", f.first());
        assertThat(first).hasStatusOk();
        assertThat((List<String>) json(first, "$[*].id")).containsExactly(late);
        assertThat((String) json(first, "$[0].departmentId"))
                .isEqualTo(f.firstDepartment().toString());
        assertThat((Integer) json(first, "$[0].overdueWorkingDays")).isPositive();
        assertThat((List<String>)
                        json(get(mvc, "/api/v1/appeals/overdue", f.zone().leader()), "$[*].id"))
                .containsExactly(late);
        assertThat(page("/appeals/overdue", f.centre(), "en")).contains("Overdue appeals", "1 overdue");
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals/overdue", f.land()), "$[*].id"))
                .doesNotContain(late);
        assertThat(page("/appeals/overdue", f.first(), "zh_CN")).contains("逾期诉求清单", "政策兑现慢", "/appeals/" + late);
        assertThat(page("/appeals/overdue", f.land(), "en")).contains("No appeal is overdue");
    }

    @Test
    void shouldRenderTheMetricsPageInChineseAndEnglish() {
        String zh = page("/appeals/metrics?period=custom&" + AUGUST, f.zone().leader(), "zh_CN");
        assertThat(zh).doesNotContain("??").contains("诉求办理指标", "自然资源和规划分局", "全园区合计", "50.00%", "data-chart", "办结率");
        String en = page("/appeals/metrics?period=2026-08", f.zone().leader(), "en");
        assertThat(en).doesNotContain("??").contains("Appeal handling metrics", "Zone total", "Closure rate", "50.00%");
        assertThat(page("/appeals/metrics", f.first(), "en"))
                .contains("Appeal handling metrics")
                .doesNotContain("??");
    }

    @Test
    void shouldExportTheTableThatParsesBack() throws IOException {
        MvcTestResult result = mvc.get()
                .uri("/appeals/metrics.xlsx?" + AUGUST)
                .with(user(userDetails.loadUserByUsername(f.zone().leader())))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.parseMediaType(MetricsWorkbookType.XLSX));
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026-08-01", "2026-08-31");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("部门");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("办结率");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("全园区合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(total.getCell(10).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 3 + 1);
        }
    }

    @Test
    void shouldLetAdministratorsChangeTheDefinitionsAudited() {
        MvcTestResult refused = mvc.post()
                .uri("/appeals/metrics/definitions")
                .param("resolutionBase", "CLOSED")
                .param("settlementBase", "DUE")
                .param("version", "0")
                .with(user(userDetails.loadUserByUsername(f.centre())))
                .with(csrf())
                .exchange();
        assertThat(refused).hasStatus(403);
        MvcTestResult saved = mvc.post()
                .uri("/appeals/metrics/definitions")
                .param("resolutionBase", "CLOSED")
                .param("settlementBase", "DUE")
                .param("countMerged", "true")
                .param("version", "0")
                .with(user(userDetails.loadUserByUsername(f.zone().admin())))
                .with(csrf())
                .exchange();
        assertThat(saved).hasStatus3xxRedirection().flash().containsKey("flash");
        MvcTestResult report = get(mvc, "/api/v1/appeals/metrics?" + AUGUST, f.centre());
        assertThat((Double) json(report, "$.total.rates.resolution")).isEqualTo(100.0);
        assertThat((Double) json(report, "$.total.rates.settlement")).isEqualTo(50.0);
        assertThat((Boolean) json(report, "$.definitions.countMerged")).isTrue();
        assertThat(jdbc.sql("select count(*) from zone.audit_event where zone_id = :z"
                                + " and entity_type = 'appeal-metric-definitions'")
                        .param("z", f.zone().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        MvcTestResult stale = mvc.post()
                .uri("/appeals/metrics/definitions")
                .param("resolutionBase", "DUE")
                .param("settlementBase", "CLOSED")
                .param("version", "0")
                .with(user(userDetails.loadUserByUsername(f.zone().admin())))
                .with(csrf())
                .exchange();
        assertThat(stale).hasStatus3xxRedirection().flash().containsKey("flashError");
    }

    private String page(String uri, String username, String lang) {
        return body(mvc.get()
                .uri(uri)
                .param("lang", lang)
                .accept(MediaType.TEXT_HTML)
                .with(user(userDetails.loadUserByUsername(username)))
                .exchange());
    }

    /** The export's content type. */
    private static final class MetricsWorkbookType {
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
