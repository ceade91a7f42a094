package com.parkops.indicators;

import static com.parkops.indicators.MonitoringPages.amount;
import static com.parkops.indicators.MonitoringPages.html;
import static com.parkops.indicators.MonitoringPages.sheets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring pages over the shared sample zone, loaded once: the numbers they show are the
 * fixture's expected answers, drill-downs list the right enterprises, contributions add up, and
 * exports hold the same rows as the pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringSampleZoneTests {

    private static final String CHAIN = "循环经济";
    private static final Pattern CREDIT_CODE = Pattern.compile("data-credit-code=\"([0-9A-Z]{18})\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorImport imports;

    @Autowired
    IndicatorAnalysis analysis;

    @Autowired
    IndicatorContributions contributions;

    @Autowired
    UserDetailsService users;

    TestZones.TestZone zone;

    @BeforeAll
    void loadSampleZone() throws Exception {
        zone = testZones.create();
        SampleZone.register(jdbc, zone);
        imports.importFile(
                zone.id(),
                zone.staff(),
                Basis.YTD,
                "indicators_ytd.csv",
                new ByteArrayInputStream(SampleZone.bytes("indicators_ytd.csv")));
    }

    @Test
    void shouldShowTheFixturesZoneRowAndZoneFiguresOnTheMonitoringPage() {
        JsonNode output = expectedSummary(6, "zone", "zone", "output");
        JsonNode taxPerMu = SampleZone.expected().get("zoneMetrics").get("taxPerMu");

        String page = html(mvc.get()
                .uri("/indicators?year=2021&month=6")
                .with(user(staff()))
                .exchange());

        assertThat(page)
                .contains(
                        amount(output.get("current").asString()),
                        amount(output.get("prior").asString()),
                        amount(output.get("currentComparable").asString()),
                        amount(output.get("priorComparable").asString()),
                        output.get("yoyPercent").asString() + "%")
                .contains(
                        taxPerMu.get("current").asString(),
                        taxPerMu.get("yoyPercent").asString() + "%")
                .contains("亩均税收", "单位工业增加值能耗", "首位产业集聚度", "新增入规企业")
                .contains("工业总产值（万元，2000-01 起执行）")
                .contains("data-chart=", "echarts.min.js", "贡献率 = 企业同口径增量");
        // a loss-making chain's profit shows the status in words
        assertThat(html(mvc.get()
                        .uri("/indicators?year=2021&month=6&groupBy=chain&indicators=profit")
                        .with(user(staff()))
                        .exchange()))
                .contains(
                        "由盈转亏",
                        amount(expectedSummary(6, "chain", "新能源新材料", "profit")
                                .get("currentComparable")
                                .asString()));
    }

    @Test
    void shouldOpenOnTheLatestMonthWithFigures() {
        JsonNode output = expectedSummary(12, "zone", "zone", "output");

        String page = html(mvc.get().uri("/indicators").with(user(staff())).exchange());

        assertThat(page)
                .contains("2021年1–12月累计")
                .contains(
                        amount(output.get("current").asString()),
                        output.get("yoyPercent").asString() + "%");
    }

    @Test
    void shouldAnswerHtmxWithTheSwappedPartOnly() {
        String summary = html(mvc.get()
                .uri("/indicators?year=2021&month=6&groupBy=chain")
                .header("HX-Request", "true")
                .header("HX-Target", "summary")
                .with(user(staff()))
                .exchange());
        assertThat(summary)
                .contains(
                        "id=\"summary\"",
                        "hx-swap-oob",
                        CHAIN,
                        amount(expectedSummary(6, "chain", CHAIN, "tax")
                                .get("current")
                                .asString()))
                .doesNotContain("<html", "亩均税收");

        String body = html(mvc.get()
                .uri("/indicators?year=2021&month=6&indicator=tax")
                .header("HX-Request", "true")
                .header("HX-Target", "monitoring")
                .with(user(staff()))
                .exchange());
        assertThat(body).contains("id=\"monitoring\"", "亩均税收", "id=\"summary\"").doesNotContain("<html");
    }

    @Test
    void shouldListTheChainsEnterprisesWhenDrillingDown() {
        JsonNode wanted = expectedSummary(6, "chain", CHAIN, "output");
        Set<String> members = chainMembersWithFigures(CHAIN, 6);

        String drill = html(mvc.get()
                .uri("/indicators/drill?year=2021&month=6&indicator=output&groupBy=chain&group=" + CHAIN)
                .with(user(staff()))
                .exchange());

        assertThat(creditCodes(drill)).containsExactlyInAnyOrderElementsOf(members);
        assertThat(drill)
                .contains("<html", amount(wanted.get("currentComparable").asString()))
                .contains(wanted.get("yoyPercent").asString() + "%");

        String fragment = html(mvc.get()
                .uri("/indicators/drill?year=2021&month=6&indicator=output&groupBy=chain&group=" + CHAIN)
                .header("HX-Request", "true")
                .with(user(staff()))
                .exchange());
        assertThat(fragment).doesNotContain("<html").contains("drill-panel");
        assertThat(creditCodes(fragment)).containsExactlyInAnyOrderElementsOf(members);

        var page = contributions.contributions(
                zone.id(), new ContributionQuery(2021, 6, "output", new AnalysisScope(GroupBy.CHAIN, CHAIN)), 0, 1000);
        assertThat(page.totals().currentComparable())
                .isEqualByComparingTo(wanted.get("currentComparable").asString());
        assertThat(page.totals().priorComparable())
                .isEqualByComparingTo(wanted.get("priorComparable").asString());
        assertThat(page.totals().current())
                .isEqualByComparingTo(wanted.get("current").asString());
        assertThat(page.enterprises()).isEqualTo(members.size());
    }

    @Test
    void shouldMakeContributionSharesAddUpToAHundredPercent() {
        JsonNode zoneOutput = expectedSummary(6, "zone", "zone", "output");
        var page = contributions.contributions(
                zone.id(), new ContributionQuery(2021, 6, "output", AnalysisScope.zone()), 0, 1000);

        BigDecimal shares = page.rows().stream()
                .filter(Contribution::comparable)
                .map(Contribution::sharePercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal changes = page.rows().stream()
                .filter(Contribution::comparable)
                .map(Contribution::change)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal zoneChange = new BigDecimal(
                        zoneOutput.get("currentComparable").asString())
                .subtract(new BigDecimal(zoneOutput.get("priorComparable").asString()));

        assertThat(zoneChange.signum()).isNotZero();
        assertThat(shares).isCloseTo(new BigDecimal("100"), within(new BigDecimal("0.1")));
        assertThat(changes).isCloseTo(zoneChange, within(new BigDecimal("0.5")));
        assertThat(page.rows())
                .filteredOn(c -> !c.comparable())
                .allSatisfy(c -> assertThat(c.sharePercent()).isNull());
        assertThat(page.rows().get(0).sharePercent())
                .isGreaterThanOrEqualTo(page.rows().get(1).sharePercent());
        // the page ranks the same enterprises first
        String overview = html(mvc.get()
                .uri("/indicators?year=2021&month=6")
                .with(user(staff()))
                .exchange());
        assertThat(overview).contains(page.rows().get(0).name());
    }

    @Test
    void shouldExportTheSummaryWithTheSameRowsAndChineseHeaders() {
        var query = "year=2021&month=6&groupBy=chain&indicators=output,profit,tax,employees";
        byte[] xlsx = mvc.get()
                .uri("/indicators/export/summary?" + query)
                .with(user(staff()))
                .exchange()
                .getResponse()
                .getContentAsByteArray();

        List<List<String>> rows = sheets(xlsx).get(0);
        assertThat(rows.get(0))
                .containsExactly("分组", "指标代码", "指标", "单位", "本年累计", "上年同期", "同口径本年累计", "同口径上年同期", "同比增速(%)", "增长情况");
        List<SummaryRow> shown = analysis.summary(
                        zone.id(),
                        new SummaryQuery(2021, 6, GroupBy.CHAIN, List.of("output", "profit", "tax", "employees"), null))
                .rows();
        assertThat(rows).hasSize(shown.size() + 1);
        for (int i = 0; i < shown.size(); i++) {
            SummaryRow row = shown.get(i);
            List<String> cells = rows.get(i + 1);
            assertThat(cells.get(0)).isEqualTo(row.group());
            assertThat(cells.get(1)).isEqualTo(row.indicator());
            assertThat(new BigDecimal(cells.get(4))).isEqualByComparingTo(row.current());
            assertThat(new BigDecimal(cells.get(7))).isEqualByComparingTo(row.priorComparable());
            JsonNode wanted = expectedSummary(6, "chain", row.group(), row.indicator());
            assertThat(new BigDecimal(cells.get(6)))
                    .isCloseTo(
                            new BigDecimal(wanted.get("currentComparable").asString()), within(new BigDecimal("0.01")));
        }
        assertThat(rows).anySatisfy(cells -> assertThat(cells).contains("由盈转亏"));
        assertThat(sheets(xlsx).get(1))
                .extracting(cells -> cells.get(0))
                .containsExactly("指标代码", "output", "profit", "tax", "employees");
    }

    @Test
    void shouldExportTheDrillDownAndTheTrendWithTheSameRows() {
        byte[] xlsx = mvc.get()
                .uri("/indicators/export/drill?year=2021&month=6&indicator=output&groupBy=chain&group=" + CHAIN)
                .with(user(staff()))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> rows = sheets(xlsx).get(0);
        assertThat(rows.get(0)).startsWith("统一社会信用代码", "企业名称", "产业链");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)))
                .containsExactlyInAnyOrderElementsOf(chainMembersWithFigures(CHAIN, 6));

        byte[] trend = mvc.get()
                .uri("/indicators/export/trend?year=2021&month=6&indicator=output")
                .with(user(staff()))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        List<List<String>> months = sheets(trend).get(0);
        assertThat(months.get(0)).startsWith("月份", "本年当月", "上年当月", "本年累计", "上年累计");
        assertThat(months).hasSize(13);
        // the cumulative total at June is the summary's nominal current figure
        assertThat(new BigDecimal(months.get(6).get(3)))
                .isEqualByComparingTo(expectedSummary(6, "zone", "zone", "output")
                        .get("current")
                        .asString());
    }

    @Test
    void shouldShowAnEnterprisesMonthsAndRevisions() {
        String code = "91360981AY4CL12THD";
        Map<String, String> june = ytdRow(code, YearMonth.of(2021, 6));

        String page = html(mvc.get()
                .uri("/indicators/enterprises/" + code + "?year=2021&month=6&indicator=output")
                .with(user(staff()))
                .exchange());
        assertThat(page)
                .contains("丰城测试企业000有限公司", amount(june.get("output")), amount(june.get("tax")))
                .contains("/indicators/enterprises/" + code + "/revisions/2021-06", "data-chart=");

        String revisions = html(mvc.get()
                .uri("/indicators/enterprises/" + code + "/revisions/2021-06")
                .with(user(staff()))
                .exchange());
        assertThat(revisions).contains("批量导入", zone.staff(), "已采用", amount(june.get("output")));
        List<List<String>> history = sheets(mvc.get()
                        .uri("/indicators/enterprises/" + code + "/revisions/2021-06/export")
                        .with(user(staff()))
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray())
                .get(0);
        assertThat(history.get(0)).startsWith("接收时间", "来源", "填报口径", "状态", "操作人", "工业总产值");
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).contains("批量导入", "已采用", zone.staff());

        List<List<List<String>>> workbook = sheets(mvc.get()
                .uri("/indicators/enterprises/" + code + "/export?year=2021&month=6&indicator=output")
                .with(user(staff()))
                .exchange()
                .getResponse()
                .getContentAsByteArray());
        assertThat(workbook.get(0).get(0)).startsWith("月份", "指标", "本年当月", "本年累计");
        assertThat(workbook.get(0).get(6).get(3))
                .isEqualTo(
                        new BigDecimal(june.get("output")).stripTrailingZeros().toPlainString());

        assertThat(mvc.get().uri("/indicators/enterprises/91360981000000000X").with(user(staff())))
                .hasStatus(404);
    }

    private UserDetails staff() {
        return users.loadUserByUsername(zone.staff());
    }

    private static JsonNode expectedSummary(int month, String groupBy, String group, String indicator) {
        for (JsonNode row : SampleZone.expected().get("summary")) {
            if (row.get("month").asInt() == month
                    && row.get("groupBy").asString().equals(groupBy)
                    && row.get("group").asString().equals(group)
                    && row.get("indicator").asString().equals(indicator)) {
                return row;
            }
        }
        throw new IllegalArgumentException("No expected row " + month + groupBy + group + indicator);
    }

    /** The chain's enterprises (per the fixture) with any figure in months 1..month of 2020 or 2021. */
    private static Set<String> chainMembersWithFigures(String chain, int month) {
        Set<String> members = new LinkedHashSet<>();
        String csv = new String(SampleZone.bytes("enterprises.csv"), java.nio.charset.StandardCharsets.UTF_8);
        for (String line : csv.split("\r?\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length > 3 && cells[3].equals(chain)) {
                members.add(cells[0]);
            }
        }
        Set<String> reported = SampleZone.ytdTable().stream()
                .skip(1)
                .filter(row -> YearMonth.parse(row.get(1)).getMonthValue() <= month)
                .map(row -> row.get(0))
                .collect(Collectors.toSet());
        members.retainAll(reported);
        return members;
    }

    private static Map<String, String> ytdRow(String code, YearMonth period) {
        List<List<String>> table = SampleZone.ytdTable();
        List<String> header = table.get(0);
        for (List<String> row : table) {
            if (row.get(0).equals(code) && row.get(1).equals(period.toString())) {
                Map<String, String> values = new HashMap<>();
                for (int i = 2; i < header.size(); i++) {
                    values.put(header.get(i), row.get(i));
                }
                return values;
            }
        }
        throw new IllegalArgumentException("No row " + code + " " + period);
    }

    private static Set<String> creditCodes(String html) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher matcher = CREDIT_CODE.matcher(html);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
