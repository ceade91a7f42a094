package com.parkops.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

/** The scheme pages driven as a browser would: list, copy, edit with errors, save, access. */
@IntegrationTest
class SchemePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    UserDetailsService users;

    @Autowired
    EvaluationSchemes schemes;

    @Autowired
    JdbcClient jdbc;

    TestZones.TestZone zone;
    UserDetails staff;
    UserDetails leader;

    @BeforeEach
    void zone() {
        zone = testZones.create();
        staff = users.loadUserByUsername(zone.staff());
        leader = users.loadUserByUsername(zone.leader());
    }

    @Test
    void shouldListThePresetsWithPoolsWeightsBenchmarksMethodAndGrades() {
        String page =
                body(mvc.get().uri("/evaluation/schemes").with(user(staff)).exchange());

        assertThat(page)
                .contains("临海 2014", "经开区", "淮安 2024", "预置")
                .contains("亩均税收", "<td class=\"num\">40</td>", "15 万元/亩", "0.1 万元/吨", "2 元/千瓦时")
                .contains("1.5 × 分组平均", "评分方法：比值法", "单项封顶：权重的 2 倍")
                .contains("等级比例：A 类 20%，B 类 40%，C 类 35%，D 类 5%")
                .contains("规下工业企业，用地 ≥ 3 亩", "重大安全生产事故", "注册不满 2 年的企业")
                .contains("/evaluation/schemes/new", "name=\"from\" value=\"preset:linhai-2014\"")
                .contains("/evaluation?preset=linhai-2014", "还没有本园区的方案");
    }

    @Test
    void shouldCopyAPresetThroughTheFormIntoAStoredSchemeOfTheYear() {
        String form = body(mvc.get()
                .uri("/evaluation/schemes/new?from=preset:linhai-2014&year=2025&name=园区 2025")
                .with(user(staff))
                .exchange());
        assertThat(form)
                .contains("复制自“临海 2014”", "value=\"园区 2025\"", "value=\"2025\"")
                .contains("name=\"pools[0].indicators[0].weight\"", "value=\"40\"", "万元/亩")
                .doesNotContain("{\"");

        MvcTestResult saved = post("/evaluation/schemes/new", staff, copyOfLinhai("园区 2025", null));

        assertThat(saved).hasStatus3xxRedirection().flash().containsKey("flash");
        EvaluationSchemes.StoredScheme stored = onlyScheme();
        assertThat(stored.year()).isEqualTo(2025);
        assertThat(stored.name()).isEqualTo("园区 2025");
        assertThat(stored.basedOn()).isEqualTo("preset:linhai-2014");
        assertThat(stored.scheme().pools())
                .isEqualTo(schemes.preset("linhai-2014").orElseThrow().scheme().pools());
        assertThat(stored.scheme().exemptions().registeredYears()).isEqualTo(2);
        String list = body(mvc.get()
                .uri("/evaluation/schemes?view=scheme:" + stored.id())
                .with(user(staff))
                .exchange());
        assertThat(list)
                .contains("园区 2025", "2025 年度", "复制自：临海 2014", "/evaluation?scheme=" + stored.id())
                .contains("/evaluation/schemes/" + stored.id() + "/delete");
    }

    @Test
    void shouldCopyAStoredSchemeIntoAnotherYear() {
        EvaluationSchemes.StoredScheme stored = storedCopy();
        String form = body(mvc.get()
                .uri("/evaluation/schemes/new?from=scheme:" + stored.id() + "&year=2026")
                .with(user(staff))
                .exchange());
        assertThat(form).contains("复制自“园区 2025（2025 年度）”", "value=\"园区 2025\"", "value=\"2026\"");

        MultiValueMap<String, String> params = copyOfLinhai("园区 2025", null);
        params.set("year", "2026");
        params.set("from", "scheme:" + stored.id());
        assertThat(post("/evaluation/schemes/new", staff, params)).hasStatus3xxRedirection();

        assertThat(schemes.list(zone.id()))
                .extracting(EvaluationSchemes.StoredScheme::year, EvaluationSchemes.StoredScheme::basedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2026, "scheme:" + stored.id()),
                        org.assertj.core.groups.Tuple.tuple(2025, "preset:linhai-2014"));
        assertThat(body(mvc.get().uri("/evaluation/schemes").with(user(staff)).exchange()))
                .contains("2026 年度", "复制自：园区 2025（2025 年度）");
    }

    @Test
    void shouldShowEachProblemNextToItsFieldAndSaveNothing() {
        MultiValueMap<String, String> params = copyOfLinhai("园区 2025", null);
        params.set("pools[0].indicators[0].weight", "45");
        params.set("pools[1].indicators[1].weight", "-5");
        params.set("pools[1].gradeD", "abc");

        MvcTestResult refused = post("/evaluation/schemes/new", staff, params);

        assertThat(refused).hasStatusOk();
        String page = body(refused);
        assertThat(page).contains("方案未保存，请修改以下问题", "评价分组 1“规上” · 指标权重");
        assertThat(between(page, "id=\"pools0.indicators\"", "id=\"pools0.grades\""))
                .contains("各指标权重之和须为 100，当前为 105");
        assertThat(between(page, "id=\"pools1.indicators1.weight\"", "</td>")).contains("value=\"-5\"", "必须大于 0");
        // a number field shows the bean's value, so what could not be read is said, not repeated
        assertThat(between(page, "id=\"pools1.gradeD\"", "</div>")).contains("请输入数字");
        assertThat(page).contains("href=\"#pools1.indicators1.weight\"");
        assertThat(schemes.list(zone.id())).isEmpty();
    }

    @Test
    void shouldAddAndRemoveRowsWithoutSaving() {
        MultiValueMap<String, String> params = copyOfLinhai("园区 2025", null);
        params.set("action", "addIndicator:1");

        String added = body(post("/evaluation/schemes/new", staff, params));
        assertThat(added).contains("name=\"pools[1].indicators[2].weight\"").doesNotContain("方案未保存");

        params.set("action", "removeIndicator:0:5");
        String removed = body(post("/evaluation/schemes/new", staff, params));
        assertThat(removed)
                .contains("name=\"pools[0].indicators[4].weight\"")
                .doesNotContain("name=\"pools[0].indicators[5].weight\"");

        params.set("action", "addBonus:0");
        assertThat(body(post("/evaluation/schemes/new", staff, params)))
                .contains("name=\"pools[0].bonusItems[0].qualification\"", "高新技术企业");
        assertThat(schemes.list(zone.id())).isEmpty();
    }

    @Test
    void shouldSaveAValidEditAndAuditIt() {
        EvaluationSchemes.StoredScheme stored = storedCopy();
        String form = body(mvc.get()
                .uri("/evaluation/schemes/" + stored.id())
                .with(user(staff))
                .exchange());
        assertThat(form).contains("编辑方案“园区 2025”", "name=\"version\"", "value=\"40\"");

        MultiValueMap<String, String> params = copyOfLinhai("园区 2025", stored.version());
        params.set("pools[0].indicators[0].weight", "35");
        params.set("pools[0].indicators[1].weight", "15");
        params.set("pools[0].indicators[1].benchmarkKind", "average");
        params.set("pools[0].indicators[1].benchmarkValue", "1.2");
        params.add("pools[0].bonusItems[0].code", "highTech");
        params.add("pools[0].bonusItems[0].name", "高新技术企业");
        params.add("pools[0].bonusItems[0].points", "2");
        params.add("pools[0].bonusItems[0].qualification", "HIGH_TECH");

        assertThat(post("/evaluation/schemes/" + stored.id(), staff, params))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");

        EvaluationSchemes.StoredScheme after = onlyScheme();
        Scheme.Pool pool = after.scheme().pools().get(0);
        assertThat(pool.indicators().get(0).weight()).isEqualByComparingTo("35");
        assertThat(pool.indicators().get(1).weight()).isEqualByComparingTo("15");
        assertThat(pool.indicators().get(1).benchmark().zoneAverageTimes()).isEqualByComparingTo("1.2");
        assertThat(pool.indicators().get(1).benchmark().fixed()).isNull();
        assertThat(pool.bonusItems())
                .containsExactly(new Scheme.Item("highTech", "高新技术企业", new BigDecimal("2"), "HIGH_TECH"));
        assertThat(after.version()).isEqualTo(stored.version() + 1);
        List<Map<String, Object>> audit = jdbc.sql("""
                        select actor, action from zone.audit_event
                        where zone_id = :zone and entity_type = 'evaluation-scheme' and entity_id = :id
                        order by occurred_at
                        """)
                .param("zone", zone.id())
                .param("id", stored.id().toString())
                .query()
                .listOfRows();
        assertThat(audit).extracting(row -> row.get("action")).containsExactly("create", "update");
        assertThat(audit.get(1).get("actor")).isEqualTo(zone.staff());
        assertThat(body(mvc.get().uri("/evaluation/schemes").with(user(staff)).exchange()))
                .contains("1.2 × 分组平均", "高新技术企业：2 分（持有效“高新技术企业”资质的企业自动计入）");
    }

    @Test
    void shouldRefuseAStaleEditOrATakenNameWithAMessage() {
        EvaluationSchemes.StoredScheme stored = storedCopy();
        MultiValueMap<String, String> params = copyOfLinhai("园区 2025", stored.version());
        assertThat(post("/evaluation/schemes/" + stored.id(), staff, params)).hasStatus3xxRedirection();

        params.set("pools[0].indicators[0].weight", "35");
        params.set("pools[0].indicators[1].weight", "15");
        MvcTestResult stale = post("/evaluation/schemes/" + stored.id(), staff, params);
        assertThat(stale).hasStatusOk();
        assertThat(body(stale)).contains("该方案在您编辑期间已被他人修改", "重新打开");
        assertThat(onlyScheme().scheme().pools().get(0).indicators().get(0).weight())
                .isEqualByComparingTo("40");

        MvcTestResult taken = post("/evaluation/schemes/new", staff, copyOfLinhai("园区 2025", null));
        assertThat(taken).hasStatusOk();
        assertThat(between(body(taken), "id=\"name\"", "</div>")).contains("2025 年度已有名为“园区 2025”的方案");
        assertThat(schemes.list(zone.id())).hasSize(1);
    }

    @Test
    void shouldDeleteAStoredSchemeAfterConfirmation() {
        EvaluationSchemes.StoredScheme stored = storedCopy();
        assertThat(body(mvc.get().uri("/evaluation/schemes").with(user(staff)).exchange()))
                .contains("删除方案“园区 2025”（2025 年度）？", "确认删除");

        assertThat(mvc.post()
                        .uri("/evaluation/schemes/" + stored.id() + "/delete")
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flash", "已删除方案“园区 2025”（2025 年度）");
        assertThat(schemes.list(zone.id())).isEmpty();
    }

    @Test
    void shouldLetALeaderReadButNotWrite() {
        EvaluationSchemes.StoredScheme stored = storedCopy();

        String list =
                body(mvc.get().uri("/evaluation/schemes").with(user(leader)).exchange());
        assertThat(list).contains("临海 2014", "园区 2025", "查看明细");
        assertThat(list)
                .doesNotContain("/evaluation/schemes/new", "/delete", "复制并编辑", "用于新评价批次")
                .doesNotContain("href=\"/evaluation/schemes/" + stored.id() + "\"");
        String view = body(mvc.get()
                .uri("/evaluation/schemes/" + stored.id())
                .with(user(leader))
                .exchange());
        assertThat(view).contains("园区 2025", "亩均税收", "15 万元/亩").doesNotContain("pools[0].name", "/delete");

        assertThat(mvc.get()
                        .uri("/evaluation/schemes/new?from=preset:linhai-2014")
                        .with(user(leader)))
                .hasStatus(403);
        assertThat(post("/evaluation/schemes/new", leader, copyOfLinhai("领导方案", null)))
                .hasStatus(403);
        assertThat(post("/evaluation/schemes/" + stored.id(), leader, copyOfLinhai("园区 2025", stored.version())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/evaluation/schemes/" + stored.id() + "/delete")
                        .with(user(leader))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(schemes.list(zone.id())).hasSize(1);
    }

    @Test
    void shouldKeepEnterprisesOutAndOtherZonesSchemesHidden() {
        EvaluationSchemes.StoredScheme stored = storedCopy();
        UUID enterprise = testEnterprises.register(zone.id(), "某某机械有限公司").id();
        UserDetails clerk = users.loadUserByUsername(testZones.enterpriseUser(zone, enterprise));

        assertThat(mvc.get().uri("/evaluation/schemes").with(user(clerk))).hasStatus(403);
        assertThat(mvc.get().uri("/evaluation/schemes/" + stored.id()).with(user(clerk)))
                .hasStatus(403);
        assertThat(post("/evaluation/schemes/new", clerk, copyOfLinhai("企业方案", null)))
                .hasStatus(403);

        UserDetails otherStaff = users.loadUserByUsername(testZones.create().staff());
        assertThat(mvc.get()
                        .uri("/evaluation/schemes/" + stored.id())
                        .accept("text/html")
                        .with(user(otherStaff)))
                .hasStatus(404);
        assertThat(mvc.get()
                        .uri("/evaluation/schemes/new?from=scheme:" + stored.id())
                        .accept("text/html")
                        .with(user(otherStaff)))
                .hasStatus(404);
    }

    @Test
    void shouldShowTheListAndTheFormInEnglish() {
        EvaluationSchemes.StoredScheme stored = storedCopy();

        String list = body(
                mvc.get().uri("/evaluation/schemes?lang=en").with(user(staff)).exchange());
        assertThat(list)
                .contains("lang=\"en\"", "Evaluation schemes", "Linhai 2014", "Huai&#39;an 2024", "Presets")
                .contains("Tax per mu", "15 (10k yuan/mu)", "1.5 × pool average", "Method: Ratio to benchmark")
                .contains("Grade split: A 20%, B 40%, C 35%, D 5%", "Copied from: Linhai 2014", "Year 2025");
        String form = body(mvc.get()
                .uri("/evaluation/schemes/" + stored.id() + "?lang=en")
                .with(user(staff))
                .exchange());
        assertThat(form)
                .contains("Edit scheme", "Sum of weights", "Add an indicator", "Scoring method", "Min-max")
                .contains("Drop it and re-weight the others", "Veto items (grade D at once)")
                .doesNotContain("评分方法", "权重合计");
    }

    private EvaluationSchemes.StoredScheme storedCopy() {
        return schemes.create(
                zone.id(),
                zone.staff(),
                2025,
                "园区 2025",
                schemes.preset("linhai-2014").orElseThrow().scheme(),
                "preset:linhai-2014");
    }

    private EvaluationSchemes.StoredScheme onlyScheme() {
        List<EvaluationSchemes.StoredScheme> stored = schemes.list(zone.id());
        assertThat(stored).hasSize(1);
        return stored.get(0);
    }

    private MultiValueMap<String, String> copyOfLinhai(String name, Integer version) {
        return SchemeFormParams.of(
                schemes.preset("linhai-2014").orElseThrow().scheme(),
                2025,
                name,
                version == null ? "preset:linhai-2014" : null,
                version);
    }

    private MvcTestResult post(String uri, UserDetails who, MultiValueMap<String, String> params) {
        return mvc.post().uri(uri).params(params).with(user(who)).with(csrf()).exchange();
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        int to = page.indexOf(end, from + start.length());
        return page.substring(from, to < 0 ? page.length() : to);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
