package com.parkops.appeals.domain;

import static com.parkops.appeals.domain.AwardScenario.july;
import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealWorkflow;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.Users;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.ObjectMapper;

/**
 * The committee's decision and the rectification lifecycle through the API and the page: confirm,
 * submit, accept, with the illegal moves answered 409, roles 403, and the page in both languages.
 */
@IntegrationTest
class AwardDecisionsApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService details;

    @Autowired
    AppealCategories categories;

    @Autowired
    AppealIntake intake;

    @Autowired
    AppealWorkflow workflow;

    @Autowired
    AppealAwards awards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    AwardScenario s;
    UUID a1;

    @BeforeEach
    void twoRejectedReturnsOfA() {
        s = new AwardScenario(zones, users, details, categories, intake, workflow, awards, clock);
        a1 = s.dispatched(s.a, july(6, 9, 0));
        UUID a2 = s.dispatched(s.a, july(6, 9, 0));
        for (UUID id : List.of(a1, a2)) {
            s.act(s.staffA, id, AppealAction.ACKNOWLEDGE, july(6, 10, 0));
            s.act(s.staffA, id, AppealAction.REQUEST_RETURN, july(6, 11, 0), "不属于本部门职责", null);
            s.act(s.centre, id, AppealAction.REJECT_RETURN, july(6, 14, 0), "职责明确，退回理由不成立", null);
        }
        clock.set(july(20, 12, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldConfirmSubmitAndAcceptWithIllegalMovesRefused() {
        MvcTestResult candidates = get(mvc, "/api/v1/appeals/awards/candidates?year=2026&quarter=3", s.zone.leader());
        assertThat(candidates).hasStatusOk();
        assertThat((List<String>) json(candidates, "$.candidates[?(@.award == 'BALL')].departmentId"))
                .containsExactly(s.a.toString());
        assertThat((List<String>) json(candidates, "$.candidates[0].hits[0].evidence[*].caseNumber"))
                .contains(s.caseNumber(a1));
        String enterprise = zones.enterpriseUser(
                s.zone, enterprises.register(s.zone.id(), "甲公司").id());
        assertThat(get(mvc, "/api/v1/appeals/awards/candidates?year=2026&quarter=3", enterprise))
                .hasStatus(403);
        assertThat(get(mvc, "/api/v1/appeals/awards", enterprise)).hasStatus(403);

        Map<String, Object> confirm =
                Map.of("award", "BALL", "departmentId", s.a, "year", 2026, "quarter", 3, "note", "两次无理退回");
        assertThat(post("/api/v1/appeals/awards", s.zone.leader(), confirm)).hasStatus(403);
        assertThat(post("/api/v1/appeals/awards", s.zone.staff(), confirm)).hasStatus(403);
        assertThat(post(
                        "/api/v1/appeals/awards",
                        s.centreName,
                        Map.of("award", "BALL", "departmentId", s.b, "year", 2026, "quarter", 3, "note", "无")))
                .hasStatus(422);
        assertThat(post(
                        "/api/v1/appeals/awards",
                        s.centreName,
                        Map.of("award", "BALL", "departmentId", s.a, "year", 2026, "quarter", 4, "note", "未到")))
                .hasStatus(422);
        MvcTestResult confirmed = post("/api/v1/appeals/awards", s.centreName, confirm);
        assertThat(confirmed).hasStatus(201);
        assertThat((String) json(confirmed, "$.status")).isEqualTo("HELD");
        assertThat((List<String>) json(confirmed, "$.rules")).containsExactly("BALL_REJECTED_RETURNS");
        String id = json(confirmed, "$.id");
        assertThat(post("/api/v1/appeals/awards", s.centreName, confirm)).hasStatus(409);
        Map<String, Object> dismiss = Map.of(
                "award", "BALL", "departmentId", s.a, "year", 2026, "quarter", 3, "note", "撤回", "decision", "DISMISS");
        assertThat(post("/api/v1/appeals/awards", s.zone.admin(), dismiss)).hasStatus(409);

        String accept = "/api/v1/appeals/awards/" + id + "/accept";
        String rectify = "/api/v1/appeals/awards/" + id + "/rectification";
        assertThat(post(accept, s.centreName, Map.of("text", "好"))).hasStatus(409);
        assertThat(post(rectify, s.staffBName, Map.of("text", "不是我们"))).hasStatus(403);
        assertThat(post(rectify, s.zone.staff(), Map.of("text", " "))).hasStatus(422);
        MvcTestResult submitted = post(rectify, s.zone.staff(), Map.of("text", "建立首问负责制，退回须经分管领导审核"));
        assertThat((String) json(submitted, "$.status")).isEqualTo("SUBMITTED");
        assertThat(post(rectify, s.zone.staff(), Map.of("text", "再交一次"))).hasStatus(409);
        assertThat(post(accept, s.zone.staff(), Map.of("text", "自己验收"))).hasStatus(403);
        assertThat(get(mvc, "/api/v1/appeals/awards?held=true", s.zone.leader()))
                .bodyJson()
                .extractingPath("$[*].id")
                .asArray()
                .containsExactly(id);
        MvcTestResult accepted = post(accept, s.centreName, Map.of("text", "整改到位"));
        assertThat((String) json(accepted, "$.status")).isEqualTo("RECTIFIED");
        assertThat(post(accept, s.centreName, Map.of("text", "再验"))).hasStatus(409);
        assertThat(get(mvc, "/api/v1/appeals/awards?held=true", s.zone.leader()))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
        assertThat(get(mvc, "/api/v1/appeals/awards", s.zone.leader()))
                .bodyJson()
                .extractingPath("$[0].acceptanceNote")
                .isEqualTo("整改到位");
        assertThat(jdbc.sql(
                                "select action from zone.audit_event where zone_id = :zone and entity_type = 'appeal-award'")
                        .param("zone", s.zone.id())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("confirm", "submit-rectification", "accept-rectification");
    }

    @Test
    void shouldSendASubmittedRectificationBackWithAReasonUntilTheDepartmentSubmitsAgain() {
        MvcTestResult confirmed = post(
                "/api/v1/appeals/awards",
                s.centreName,
                Map.of("award", "BALL", "departmentId", s.a, "year", 2026, "quarter", 3, "note", "两次无理退回"));
        String id = json(confirmed, "$.id");
        String rectify = "/api/v1/appeals/awards/" + id + "/rectification";
        String back = "/api/v1/appeals/awards/" + id + "/return";
        String accept = "/api/v1/appeals/awards/" + id + "/accept";

        assertThat(post(back, s.centreName, Map.of("text", "尚未提交"))).hasStatus(409);
        assertThat(post(rectify, s.zone.staff(), Map.of("text", "加强学习"))).hasStatus(200);
        assertThat(post(back, s.zone.leader(), Map.of("text", "领导退回"))).hasStatus(403);
        assertThat(post(back, s.staffBName, Map.of("text", "别的部门"))).hasStatus(403);
        assertThat(post(back, s.zone.staff(), Map.of("text", "自己退回"))).hasStatus(403);
        assertThat(post(back, s.centreName, Map.of("text", "  "))).hasStatus(422);
        assertThat((String) json(get(mvc, "/api/v1/appeals/awards/" + id, s.zone.leader()), "$.status"))
                .isEqualTo("SUBMITTED");

        MvcTestResult returned = post(back, s.centreName, Map.of("text", "措施空泛，请列明具体制度"));
        assertThat(returned).hasStatusOk();
        assertThat((String) json(returned, "$.status")).isEqualTo("HELD");
        assertThat((Object) json(returned, "$.rectification")).isNull();
        assertThat((Integer) json(returned, "$.returned.times")).isEqualTo(1);
        assertThat((String) json(returned, "$.returned.reason")).isEqualTo("措施空泛，请列明具体制度");
        assertThat((String) json(returned, "$.returned.rectification")).isEqualTo("加强学习");
        assertThat((String) json(returned, "$.returned.returnedBy")).isEqualTo(s.centreName);
        assertThat(post(back, s.centreName, Map.of("text", "再退"))).hasStatus(409);
        assertThat(post(accept, s.centreName, Map.of("text", "好"))).hasStatus(409);
        assertThat(page("/appeals/awards", s.zone.staff(), "zh_CN")).contains("已退回 1 次", "退回理由：措施空泛，请列明具体制度", "提交整改");
        assertThat(page("/appeals/awards", s.zone.staff(), "en")).contains("Sent back 1 time(s)");

        assertThat(post(rectify, s.zone.staff(), Map.of("text", "建立首问负责制，退回须经分管领导审核")))
                .hasStatusOk();
        assertThat(page("/appeals/awards", s.centreName, "zh_CN")).contains("退回整改", "验收通过", "退回理由：措施空泛");
        MvcTestResult accepted = post(accept, s.centreName, Map.of("text", "整改到位"));
        assertThat((String) json(accepted, "$.status")).isEqualTo("RECTIFIED");
        assertThat((Integer) json(accepted, "$.returned.times")).isEqualTo(1);
        assertThat(post(back, s.centreName, Map.of("text", "已验收"))).hasStatus(409);
        assertThat(jdbc.sql(
                                "select action from zone.audit_event where zone_id = :zone and entity_type = 'appeal-award'")
                        .param("zone", s.zone.id())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "confirm",
                        "submit-rectification",
                        "return-rectification",
                        "submit-rectification",
                        "accept-rectification");
    }

    @Test
    void shouldSendBackThroughThePageForm() {
        String id = json(
                post(
                        "/api/v1/appeals/awards",
                        s.centreName,
                        Map.of("award", "BALL", "departmentId", s.a, "year", 2026, "quarter", 3, "note", "两次无理退回")),
                "$.id");
        post("/api/v1/appeals/awards/" + id + "/rectification", s.zone.staff(), Map.of("text", "加强学习"));
        assertThat(form("/appeals/awards/" + id + "/return", s.centreName, Map.of("reason", "")))
                .flash()
                .containsKey("flashError");
        assertThat(form("/appeals/awards/" + id + "/return", s.centreName, Map.of("reason", "不具体")))
                .flash()
                .containsKey("flash");
        assertThat(awards.decision(s.zone.id(), UUID.fromString(id))
                        .orElseThrow()
                        .status()
                        .name())
                .isEqualTo("HELD");
        assertThat(form("/appeals/awards/" + id + "/return", s.zone.leader(), Map.of("reason", "x")))
                .hasStatus(403);
    }

    @Test
    void shouldRenderThePageInBothLanguagesAndTakeDecisionsThroughItsForms() {
        String uri = "/appeals/awards?year=2026&quarter=3";
        for (String username : List.of(s.centreName, s.zone.admin(), s.zone.leader(), s.zone.staff())) {
            for (String lang : List.of("zh_CN", "en")) {
                assertThat(page(uri, username, lang))
                        .as(username + " " + lang)
                        .doesNotContain("??")
                        .contains("<html");
            }
        }
        assertThat(page(uri, s.centreName, "zh_CN"))
                .contains("踢皮球奖候选部门", s.caseNumber(a1), "退回被驳回：职责明确，退回理由不成立", "确认授奖", "2026 年第 3 季度");
        assertThat(page(uri, s.centreName, "en")).contains("Return rejected: 职责明确", "Confirm award", "2026 Q3");
        assertThat(page(uri, s.zone.leader(), "zh_CN")).doesNotContain("确认授奖", "评奖阈值");
        assertThat(page(uri, s.zone.admin(), "zh_CN")).contains("评奖阈值");
        String enterprise = zones.enterpriseUser(
                s.zone, enterprises.register(s.zone.id(), "乙公司").id());
        assertThat(mvc.get().uri(uri).with(user(details.loadUserByUsername(enterprise))))
                .hasStatus(403);

        assertThat(form(
                        "/appeals/awards/decisions",
                        s.centreName,
                        Map.of(
                                "award",
                                "BALL",
                                "departmentId",
                                s.a.toString(),
                                "year",
                                "2026",
                                "quarter",
                                "3",
                                "note",
                                "两次无理退回",
                                "decision",
                                "CONFIRM")))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        UUID id = awards.decisions(s.zone.id(), true).get(0).id();
        assertThat(page(uri, s.zone.staff(), "zh_CN")).contains("提交整改", "待整改");
        assertThat(form("/appeals/awards/" + id + "/rectification", s.zone.staff(), Map.of("text", "建立首问负责制")))
                .flash()
                .containsKey("flash");
        assertThat(page(uri, s.centreName, "zh_CN")).contains("验收通过", "建立首问负责制");
        assertThat(form("/appeals/awards/" + id + "/accept", s.centreName, Map.of("note", "到位")))
                .flash()
                .containsKey("flash");
        assertThat(page(uri, s.centreName, "zh_CN")).contains("已整改摘牌").contains("目前没有部门持有奖项");

        assertThat(form("/appeals/awards/settings", s.zone.admin(), Map.of("snailOverdueCases", "5", "version", "0")))
                .flash()
                .containsKey("flash");
        assertThat(awards.settings(s.zone.id()).snailOverdueCases()).isEqualTo(5);
        assertThat(form("/appeals/awards/settings", s.centreName, Map.of("snailOverdueCases", "6", "version", "1")))
                .hasStatus(403);
    }

    private String page(String uri, String username, String lang) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .param("lang", lang)
                .accept(MediaType.TEXT_HTML)
                .with(user(details.loadUserByUsername(username)))
                .exchange();
        assertThat(result).as(uri + " " + username).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult form(String uri, String username, Map<String, String> params) {
        var request = mvc.post()
                .uri(uri)
                .with(user(details.loadUserByUsername(username)))
                .with(csrf());
        params.forEach(request::param);
        return request.exchange();
    }

    private MvcTestResult post(String uri, String username, Object body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(username))
                .contentType("application/json")
                .content(JSON.writeValueAsString(body))
                .exchange();
    }

    private static <T> T json(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
