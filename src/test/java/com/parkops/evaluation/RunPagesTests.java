package com.parkops.evaluation;

import static com.parkops.evaluation.EvaluationPageZone.YEAR;
import static com.parkops.evaluation.EvaluationPageZone.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.indicators.IndicatorImport;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * The staff's evaluation pages over the sample zone: the runs list and the new-run form, a run's
 * results table with filters, pages and htmx, the grade distribution, the export, the lifecycle
 * buttons and what a leader may not do.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunPagesTests {

    private static final Pattern ROW = Pattern.compile("data-credit-code=\"([0-9A-Z]{18})\"");

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
    EvaluationSchemes schemes;

    @Autowired
    UserDetailsService users;

    TestZones.TestZone zone;
    EvaluationRun sample;

    @BeforeAll
    void loadSampleZone() {
        zone = testZones.create();
        EvaluationPageZone.load(jdbc, zone, imports);
        sample = runs.create(zone.id(), zone.staff(), YEAR, EvaluationPageZone.scheme(), null);
    }

    @Test
    void shouldListRunsByYearWithStatusSchemeAndCoverage() {
        EvaluationRun preset = runs.create(
                zone.id(),
                zone.staff(),
                YEAR,
                schemes.preset("linhai-2014").orElseThrow().scheme(),
                null);

        String page = html(mvc.get().uri("/evaluation").with(user(staff())).exchange());

        assertThat(page)
                .contains("2021 年度", "草稿", "临海 2014", "生成评价草稿")
                .contains("/evaluation/runs/" + preset.id(), "/evaluation/runs/" + sample.id())
                .contains(">" + preset.covered() + "<")
                .contains("href=\"/css/evaluation.css\"");
        // the form opens on the last complete year
        assertThat(page).containsPattern("name=\"year\" value=\"20\\d\\d\"");
    }

    @Test
    void shouldScoreADraftFromThePresetChosenOnTheForm() {
        MvcTestResult created = mvc.post()
                .uri("/evaluation/runs")
                .param("year", String.valueOf(YEAR))
                .param("scheme", "preset:huaian-2024")
                .with(user(staff()))
                .with(csrf())
                .exchange();

        assertThat(created).hasStatus3xxRedirection().flash().containsKey("flash");
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/evaluation/runs/");
        EvaluationRun run = runs.find(zone.id(), UUID.fromString(location.substring("/evaluation/runs/".length())))
                .orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(run.year()).isEqualTo(YEAR);
        assertThat(run.schemeId()).isNull();
        assertThat(run.covered()).isPositive();
        assertThat(html(mvc.get().uri(location).with(user(staff())).exchange()))
                .contains("2021 年度亩均效益评价", "草稿", "id=\"publish\"", "id=\"delete\"");
    }

    @Test
    void shouldScoreWithAStoredSchemeThePageWasOpenedFor() {
        var stored = schemes.create(
                zone.id(), zone.staff(), YEAR, "本区方案 " + UUID.randomUUID(), EvaluationPageZone.scheme(), null);

        String page = html(mvc.get()
                .uri("/evaluation?scheme=" + stored.id())
                .with(user(staff()))
                .exchange());
        assertThat(page).containsPattern("value=\"scheme:" + stored.id() + "\"\\s+selected");

        MvcTestResult created = mvc.post()
                .uri("/evaluation/runs")
                .param("year", String.valueOf(YEAR))
                .param("scheme", "scheme:" + stored.id())
                .with(user(staff()))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        EvaluationRun run = runs.find(zone.id(), UUID.fromString(location.substring("/evaluation/runs/".length())))
                .orElseThrow();
        assertThat(run.schemeId()).isEqualTo(stored.id());
        assertThat(run.schemeName()).isEqualTo(stored.name());
        assertThat(run.covered()).isEqualTo(EvaluationPageZone.expected().size());
    }

    @Test
    void shouldShowEveryProblemOfTheFormOnTheFormAndScoreNothing() {
        long before = runCount();

        String page = html(mvc.post()
                .uri("/evaluation/runs")
                .param("year", "20x1")
                .param("scheme", "preset:nowhere")
                .with(user(staff()))
                .with(csrf())
                .exchange());

        assertThat(page)
                .contains("请填写 2000 至 2100 之间的年度")
                .contains("请选择一个预置方案或本区方案")
                .contains("has-error")
                .contains("value=\"20x1\"");
        assertThat(runCount()).isEqualTo(before);
    }

    @Test
    void shouldFilterTheResultsByPoolGradeAndText() {
        JsonNode expected = EvaluationPageZone.expected();
        String base = "/evaluation/runs/" + sample.id();

        assertThat(codes(html(get(base)))).hasSize(expected.size());
        List<String> gradeA = codes(html(get(base + "?grade=A")));
        assertThat(gradeA).containsExactlyInAnyOrderElementsOf(expectedCodes(null, "A"));
        List<String> belowGradeB = codes(html(get(base + "?pool=1&grade=B")));
        assertThat(belowGradeB).containsExactlyElementsOf(expectedCodes("规下", "B"));
        assertThat(codes(html(get(base + "?q=HXE6abp")))).containsExactly("91360981HXE6ABPWF7");
        assertThat(codes(html(get(base + "?q=测试企业000")))).containsExactly("91360981AY4CL12THD");
        String none = html(get(base + "?q=nothing-like-this"));
        assertThat(codes(none)).isEmpty();
        assertThat(none).contains("没有符合条件的评价结果");
    }

    @Test
    void shouldListByRankWithTwoDecimalsAndLinkEachRowToItsResult() {
        String page = html(get("/evaluation/runs/" + sample.id() + "?pool=0"));

        List<String> codes = codes(page);
        assertThat(codes.get(0)).isEqualTo("91360981HXE6ABPWF7");
        assertThat(page)
                .contains("143.53", "140.88", "34.11")
                .contains("/evaluation/runs/" + sample.id() + "/enterprises/91360981HXE6ABPWF7");
    }

    @Test
    void shouldAnswerHtmxWithTheResultsTableOnly() {
        String fragment = html(mvc.get()
                .uri("/evaluation/runs/" + sample.id() + "?grade=D")
                .header("HX-Request", "true")
                .with(user(staff()))
                .exchange());

        assertThat(fragment).contains("id=\"results\"").doesNotContain("<html", "data-chart", "id=\"publish\"");
        assertThat(codes(fragment)).containsExactlyInAnyOrderElementsOf(expectedCodes(null, "D"));
        // a boosted pagination link gets the whole page
        assertThat(html(mvc.get()
                        .uri("/evaluation/runs/" + sample.id())
                        .header("HX-Request", "true")
                        .header("HX-Boosted", "true")
                        .with(user(staff()))
                        .exchange()))
                .contains("<html");
    }

    @Test
    void shouldPageTheResultsFiftyAtATimeKeepingTheFilters() {
        EvaluationRun run = runs.create(zone.id(), zone.staff(), YEAR, EvaluationPageZone.scheme(), null);
        // three more copies of every result: 116 in all, 64 in the first pool
        jdbc.sql("""
                insert into evaluation.result (zone_id, run_id, enterprise_id, credit_code, enterprise_name, pool,
                    pool_index, computed_grade, grade, total, rank, graded, exempt_reason, bonus, penalty, items,
                    breakdown, facts)
                select zone_id, run_id, gen_random_uuid(), 'X' || substr(credit_code, 2, 15) || lpad(n::text, 2, '0'),
                    enterprise_name || n, pool, pool_index, computed_grade, grade, total, rank, graded, exempt_reason,
                    bonus, penalty, items, breakdown, facts
                from evaluation.result, generate_series(1, 3) n
                where zone_id = :zone and run_id = :run
                """).param("zone", zone.id()).param("run", run.id()).update();
        String base = "/evaluation/runs/" + run.id();

        String first = html(get(base));
        String second = html(get(base + "?page=1"));

        assertThat(codes(first)).hasSize(50);
        assertThat(codes(second)).hasSize(50).doesNotContainAnyElementsOf(codes(first));
        assertThat(codes(html(get(base + "?page=2")))).hasSize(16);
        assertThat(first).contains("第 1 / 3 页，共 116 条", "共 116 家企业", "?page=1");
        String filtered = html(get(base + "?pool=0"));
        assertThat(codes(filtered)).hasSize(50);
        assertThat(filtered).contains("?pool=0&amp;page=1", "第 1 / 2 页，共 64 条");
        List<String> rest = codes(html(get(base + "?pool=0&page=1")));
        assertThat(rest).hasSize(14);
        assertThat(rest.get(rest.size() - 1)).endsWith("F1F8M3N603");
    }

    @Test
    void shouldDrawEachPoolsGradeDistributionFromTheResults() {
        String page = html(get("/evaluation/runs/" + sample.id()));

        Map<String, Map<String, Integer>> shown = distribution(page);
        Map<String, Map<String, Integer>> counted = new HashMap<>();
        for (var entry : EvaluationPageZone.expected().properties()) {
            String pool = entry.getValue().get("pool").asString().equals("规上") ? "0" : "1";
            counted.computeIfAbsent(pool, p -> new HashMap<>())
                    .merge(entry.getValue().get("grade").asString(), 1, Integer::sum);
        }
        for (String pool : List.of("0", "1")) {
            for (String grade : List.of("A", "B", "C", "D", "T")) {
                assertThat(shown.get(pool).get(grade))
                        .as("pool %s grade %s", pool, grade)
                        .isEqualTo(counted.get(pool).getOrDefault(grade, 0));
            }
        }
        assertThat(page).contains("data-chart=", "echarts.min.js", "规上 · 共 16 家", "规下 · 共 13 家");
        for (var count : runs.gradeCounts(zone.id(), sample.id())) {
            assertThat(shown.get(String.valueOf(count.poolIndex()))
                            .get(count.grade().name()))
                    .isEqualTo(count.count());
        }
    }

    @Test
    void shouldExportEveryResultWithItsBreakdownAsOneRowEach() throws IOException {
        MvcTestResult export = mvc.get()
                .uri("/evaluation/runs/" + sample.id() + "/export.xlsx")
                .with(user(leader()))
                .exchange();

        assertThat(export).hasStatusOk();
        assertThat(export.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(EvaluationPageZone.expected().size());
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).contains("企业名称", "统一社会信用代码", "综合得分", "亩均税收（万元/亩）", "亩均税收得分", "单位电耗税收得分");
            int code = headers.indexOf("统一社会信用代码");
            int score = headers.indexOf("综合得分");
            int grade = headers.indexOf("等级");
            int taxScore = headers.indexOf("亩均税收得分");
            Map<String, EvaluationResult> byCode = new HashMap<>();
            runs.results(zone.id(), sample.id()).forEach(r -> byCode.put(r.creditCode(), r));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String creditCode = row.getCell(code).getStringCellValue();
                JsonNode want = EvaluationPageZone.expected().get(creditCode);
                assertThat(want).as(creditCode).isNotNull();
                assertThat(row.getCell(score).getNumericCellValue())
                        .isEqualTo(Double.parseDouble(want.get("score").asString()));
                assertThat(row.getCell(grade).getStringCellValue())
                        .isEqualTo(want.get("grade").asString());
                assertThat(row.getCell(taxScore).getNumericCellValue())
                        .isEqualTo(byCode.get(creditCode)
                                .indicators()
                                .get(0)
                                .score()
                                .setScale(2, java.math.RoundingMode.HALF_UP)
                                .doubleValue());
            }
        }
    }

    @Test
    void shouldShowAnIllegalMoveAsAMessageAndMoveALegalOne() {
        EvaluationRun run = runs.create(zone.id(), zone.staff(), YEAR, EvaluationPageZone.scheme(), null);
        String base = "/evaluation/runs/" + run.id();

        MvcTestResult refused = post(base + "/finalize");
        assertThat(refused).hasStatus3xxRedirection().hasRedirectedUrl(base);
        assertThat(refused).flash().containsEntry("flashError", "当前状态为“草稿”，不能执行此操作（需要状态“公示中”）");
        assertThat(runs.find(zone.id(), run.id()).orElseThrow().status()).isEqualTo(RunStatus.DRAFT);

        assertThat(post(base + "/publish")).hasStatus3xxRedirection().flash().containsKey("flash");
        EvaluationRun published = runs.find(zone.id(), run.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(RunStatus.PUBLISHED);
        assertThat(post(base + "/delete")).flash().containsKey("flashError");
        assertThat(html(get(base)))
                .contains("公示中", "id=\"finalize\"", "id=\"correct\"", "/evaluation/runs/" + run.id() + "/correct")
                .contains(published.objectionUntil().toString())
                .doesNotContain("id=\"publish\"", "id=\"delete\"");

        assertThat(post(base + "/finalize")).flash().containsKey("flash");
        assertThat(runs.find(zone.id(), run.id()).orElseThrow().status()).isEqualTo(RunStatus.FINAL);
        assertThat(html(get(base))).contains("已定稿").doesNotContain("id=\"finalize\"", "id=\"correct\"");
    }

    @Test
    void shouldDeleteADraftAndReturnToTheList() {
        EvaluationRun run = runs.create(zone.id(), zone.staff(), YEAR, EvaluationPageZone.scheme(), null);

        MvcTestResult deleted = post("/evaluation/runs/" + run.id() + "/delete");

        assertThat(deleted).hasStatus3xxRedirection().hasRedirectedUrl("/evaluation");
        assertThat(deleted).flash().containsKey("flash");
        assertThat(runs.find(zone.id(), run.id())).isEmpty();
        assertThat(mvc.get()
                        .uri("/evaluation/runs/" + run.id())
                        .with(user(staff()))
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void shouldLetALeaderReadButNeitherScoreNorMoveRuns() {
        String list = html(mvc.get().uri("/evaluation").with(user(leader())).exchange());
        assertThat(list).contains("2021 年度").doesNotContain("id=\"new-run\"");
        String page = html(mvc.get()
                .uri("/evaluation/runs/" + sample.id())
                .with(user(leader()))
                .exchange());
        assertThat(page)
                .contains("143.53", "导出 Excel", "方案比较")
                .doesNotContain("id=\"publish\"", "id=\"delete\"", "id=\"finalize\"", "/evaluation/objections?run=");

        assertThat(mvc.post()
                        .uri("/evaluation/runs/" + sample.id() + "/publish")
                        .with(user(leader()))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/evaluation/runs")
                        .param("year", "2021")
                        .param("scheme", "preset:linhai-2014")
                        .with(user(leader()))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(runs.find(zone.id(), sample.id()).orElseThrow().status()).isEqualTo(RunStatus.DRAFT);
    }

    @Test
    void shouldRenderTheRunPagesInEnglish() {
        String list =
                html(mvc.get().uri("/evaluation?lang=en").with(user(staff())).exchange());
        assertThat(list).contains("Per-mu benefit evaluation", "Score a new draft", "Year 2021", "Draft");
        String page = html(mvc.get()
                .uri("/evaluation/runs/" + sample.id() + "?lang=en")
                .with(user(staff()))
                .exchange());
        assertThat(page)
                .contains("Evaluation 2021", "Reason not graded", "Export Excel", "29 enterprises", "143.53")
                .doesNotContain("综合得分", "导出", "评价分组");
    }

    @Test
    void shouldAnswerAnUnknownRunWithNotFound() {
        assertThat(mvc.get()
                        .uri("/evaluation/runs/" + UUID.randomUUID())
                        .with(user(staff()))
                        .exchange())
                .hasStatus(404);
        var other = testZones.create();
        assertThat(mvc.get()
                        .uri("/evaluation/runs/" + sample.id())
                        .with(user(users.loadUserByUsername(other.staff())))
                        .exchange())
                .hasStatus(404);
    }

    private List<String> expectedCodes(String pool, String grade) {
        List<String> codes = new ArrayList<>();
        for (var entry : EvaluationPageZone.expected().properties()) {
            JsonNode r = entry.getValue();
            if ((pool == null || r.get("pool").asString().equals(pool))
                    && r.get("grade").asString().equals(grade)) {
                codes.add(entry.getKey());
            }
        }
        return codes;
    }

    /** Pool index → grade → the count in the distribution table under the chart. */
    private static Map<String, Map<String, Integer>> distribution(String page) {
        Map<String, Map<String, Integer>> pools = new HashMap<>();
        Matcher card = Pattern.compile("data-pool=\"(\\d+)\"(.*?)</table>", Pattern.DOTALL)
                .matcher(page);
        while (card.find()) {
            Map<String, Integer> grades = new HashMap<>();
            Matcher cell = Pattern.compile("data-grade=\"([A-T])\">\\s*<a[^>]*>(\\d+)</a>")
                    .matcher(card.group(2));
            while (cell.find()) {
                grades.put(cell.group(1), Integer.parseInt(cell.group(2)));
            }
            pools.put(card.group(1), grades);
        }
        return pools;
    }

    private static List<String> codes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = ROW.matcher(html);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private long runCount() {
        return jdbc.sql("select count(*) from evaluation.run where zone_id = :zone")
                .param("zone", zone.id())
                .query(Long.class)
                .single();
    }

    private MvcTestResult get(String uri) {
        return mvc.get().uri(uri).with(user(staff())).exchange();
    }

    private MvcTestResult post(String uri) {
        return mvc.post().uri(uri).with(user(staff())).with(csrf()).exchange();
    }

    private UserDetails staff() {
        return users.loadUserByUsername(zone.staff());
    }

    private UserDetails leader() {
        return users.loadUserByUsername(zone.leader());
    }
}
