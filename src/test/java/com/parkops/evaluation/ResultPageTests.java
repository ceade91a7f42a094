package com.parkops.evaluation;

import static com.parkops.evaluation.EvaluationPageZone.YEAR;
import static com.parkops.evaluation.EvaluationPageZone.html;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.indicators.IndicatorImport;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The enterprise result page for staff, and each enterprise's own results: the page shows the
 * API's numbers, the staff links appear where they belong, and an enterprise sees only its own
 * published result.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultPageTests {

    /** First in 规上 (A), and the top of 规下. */
    private static final String TOP = "91360981HXE6ABPWF7";

    private static final String BELOW = "91360981EN0CAGK9GC";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorImport imports;

    @Autowired
    EvaluationRuns runs;

    @Autowired
    UserDetailsService users;

    TestZones.TestZone zone;
    Map<String, UUID> ids;
    EvaluationRun draft;

    @BeforeAll
    void loadSampleZone() {
        zone = testZones.create();
        ids = EvaluationPageZone.load(jdbc, zone, imports);
        draft = runs.create(zone.id(), zone.staff(), YEAR, EvaluationPageZone.scheme(), null);
    }

    @Test
    void shouldShowTheBreakdownTheApiGives() {
        MvcTestResult api = get(mvc, "/api/v1/evaluation/runs/" + draft.id() + "/results", zone.staff());
        JsonNode result = null;
        for (JsonNode r : new ObjectMapper().readTree(api.getResponse().getContentAsByteArray())) {
            if (r.get("creditCode").asString().equals(TOP)) {
                result = r;
            }
        }
        assertThat(result).isNotNull();
        EvaluationResult unrounded = runs.result(zone.id(), draft.id(), TOP).orElseThrow();

        String page = html(mvc.get()
                .uri("/evaluation/runs/" + draft.id() + "/enterprises/" + TOP)
                .with(user(staff()))
                .exchange());

        assertThat(page)
                .contains("丰城测试企业", TOP, "规上", "1 / 16", "grade-A")
                .contains(amount(result.get("score").decimalValue()));
        for (JsonNode indicator : result.get("indicators")) {
            String code = indicator.get("code").asString();
            String row = row(page, code);
            assertThat(row).as(code).contains(amount(indicator.get("score").decimalValue()));
            assertThat(row).as(code).contains(amount(indicator.get("weight").decimalValue()));
            if (!indicator.get("value").isNull()) {
                // the unrounded value, so that 2 decimals are not rounded from the API's 4
                BigDecimal value = unrounded.indicators().stream()
                        .filter(i -> i.code().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .value();
                assertThat(value.setScale(4, RoundingMode.HALF_UP))
                        .isEqualByComparingTo(indicator.get("value").decimalValue());
                BigDecimal benchmark = indicator.get("benchmark").decimalValue();
                assertThat(row)
                        .as(code)
                        .contains(
                                benchmark.compareTo(BigDecimal.ONE) < 0 ? figure(value, 4) : amount(value),
                                benchmark.compareTo(BigDecimal.ONE) < 0 ? figure(benchmark, 4) : amount(benchmark));
            }
            assertThat(row.contains("已封顶"))
                    .as(code)
                    .isEqualTo(indicator.get("capped").asBoolean());
        }
        assertThat(page)
                .contains("亩均税收", "单位 COD 排放增加值", "万元/亩", "data-chart=")
                .contains("/evaluation/runs/" + draft.id() + "/enterprises/" + TOP + "/decisions")
                .contains("/evaluation/runs/" + draft.id() + "/letters/" + TOP + ".docx")
                .doesNotContain("/objection\"");
    }

    @Test
    void shouldShowPublishedHistoryAndNoDecisionsOnceTheRunIsPublished() {
        EvaluationRun run = runs.create(zone.id(), zone.staff(), YEAR, EvaluationPageZone.scheme(), null);
        runs.publish(zone.id(), zone.staff(), run.id());

        String page = html(mvc.get()
                .uri("/evaluation/runs/" + run.id() + "/enterprises/" + BELOW)
                .with(user(staff()))
                .exchange());

        assertThat(page)
                .contains("历年评价结果", "52.99", "1 / 13", "单位电耗税收", "元/千瓦时")
                .contains("/evaluation/runs/" + run.id() + "/letters/" + BELOW + ".docx")
                .doesNotContain("/decisions\"", "暂无已公示的评价结果");
        // a leader reads the result without any staff links that change it
        String leader = html(mvc.get()
                .uri("/evaluation/runs/" + draft.id() + "/enterprises/" + BELOW)
                .with(user(users.loadUserByUsername(zone.leader())))
                .exchange());
        assertThat(leader).contains("52.99").doesNotContain("/decisions\"");
    }

    @Test
    void shouldAnswerAnUnknownEnterpriseWithNotFound() {
        assertThat(mvc.get()
                        .uri("/evaluation/runs/" + draft.id() + "/enterprises/91360981000000000X")
                        .with(user(staff()))
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void shouldShowAnEnterpriseOnlyItsOwnPublishedResults() {
        var isolated = testZones.create();
        Map<String, UUID> codes = EvaluationPageZone.load(jdbc, isolated, imports);
        EvaluationRun run = runs.create(isolated.id(), isolated.staff(), YEAR, EvaluationPageZone.scheme(), null);
        UserDetails own = users.loadUserByUsername(testZones.enterpriseUser(isolated, codes.get(TOP)));
        // an enterprise the run does not cover (规下 with less than 3 mu)
        String uncovered = codes.keySet().stream()
                .filter(code -> !EvaluationPageZone.expected().has(code))
                .findFirst()
                .orElseThrow();
        UserDetails other = users.loadUserByUsername(testZones.enterpriseUser(isolated, codes.get(uncovered)));

        // a draft does not exist for an enterprise
        assertThat(html(mvc.get().uri("/evaluation/my").with(user(own)).exchange()))
                .contains("暂无已公示的评价结果")
                .doesNotContain(run.id().toString());
        assertThat(mvc.get().uri("/evaluation/my/" + run.id()).with(user(own)).exchange())
                .hasStatus(404);

        runs.publish(isolated.id(), isolated.staff(), run.id());
        String list = html(mvc.get().uri("/evaluation/my").with(user(own)).exchange());
        assertThat(list)
                .contains("/evaluation/my/" + run.id(), "公示中", "143.53", "1 / 16")
                .contains("/evaluation/my/" + run.id() + "/objection");
        String mine =
                html(mvc.get().uri("/evaluation/my/" + run.id()).with(user(own)).exchange());
        assertThat(mine)
                .contains("143.53", "1 / 16", "亩均税收", "提出异议", "/evaluation/my/" + run.id() + "/objection")
                .contains("/evaluation/runs/" + run.id() + "/letters/")
                .doesNotContain("/decisions\"", "/evaluation/runs/" + run.id() + "\"", "eval-tabs");
        assertThat(mine).doesNotContain(draft.id().toString());

        // another enterprise has no result in this run, and may not see this one's
        assertThat(mvc.get().uri("/evaluation/my/" + run.id()).with(user(other)).exchange())
                .hasStatus(404);
        assertThat(html(mvc.get().uri("/evaluation/my").with(user(other)).exchange()))
                .doesNotContain("143.53", run.id().toString());
        assertThat(mvc.get()
                        .uri("/evaluation/runs/" + run.id() + "/enterprises/" + TOP)
                        .with(user(other))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/evaluation/runs/" + run.id())
                        .with(user(other))
                        .exchange())
                .hasStatus(403);
        // a run of another zone is not there at all
        assertThat(mvc.get().uri("/evaluation/my/" + draft.id()).with(user(own)).exchange())
                .hasStatus(404);

        // final: still shown, no more objections
        runs.finalizeRun(isolated.id(), isolated.staff(), run.id());
        String finalPage =
                html(mvc.get().uri("/evaluation/my/" + run.id()).with(user(own)).exchange());
        assertThat(finalPage).contains("已定稿", "143.53").doesNotContain("/objection\"");
    }

    @Test
    void shouldSendAnEnterpriseFromTheEvaluationStartPageToItsOwnResults() {
        UserDetails own = users.loadUserByUsername(testZones.enterpriseUser(zone, ids.get(TOP)));

        assertThat(mvc.get().uri("/evaluation").with(user(own)).exchange())
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/evaluation/my");
        assertThat(mvc.get().uri("/evaluation/my").with(user(staff())).exchange())
                .hasStatus(403);
    }

    @Test
    void shouldRenderTheResultPagesInEnglish() {
        String page = html(mvc.get()
                .uri("/evaluation/runs/" + draft.id() + "/enterprises/" + TOP + "?lang=en")
                .with(user(staff()))
                .exchange());

        assertThat(page)
                .contains("Score by indicator", "Rank in pool", "1 / 16", "10k yuan/mu", "Results across years")
                .doesNotContain("指标得分明细", "组内排名", "万元/亩");
        UserDetails own = users.loadUserByUsername(testZones.enterpriseUser(zone, ids.get(TOP)));
        assertThat(html(mvc.get().uri("/evaluation/my?lang=en").with(user(own)).exchange()))
                .contains("My per-mu evaluation", "Results appear here once they are published");
    }

    /** The table row of one indicator on the result page. */
    private static String row(String page, String code) {
        int start = page.indexOf("data-indicator=\"" + code + "\"");
        assertThat(start).as(code).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String amount(BigDecimal value) {
        return figure(value, 2);
    }

    private static String figure(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(
                decimals == 4 ? "#,##0.0000" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private UserDetails staff() {
        return users.loadUserByUsername(zone.staff());
    }
}
