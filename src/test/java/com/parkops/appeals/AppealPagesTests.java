package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.body;
import static com.parkops.appeals.AppealsFixture.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The appeal pages in Chinese and English, driven like a browser: forms, actions, htmx fragments. */
@IntegrationTest
class AppealPagesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AppealCategories categories;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    AppealsFixture f;

    @BeforeEach
    void zone() {
        f = AppealsFixture.create(context);
    }

    @Test
    void shouldRenderEveryPageInChineseAndEnglishWithoutMissingTexts() {
        String id = create(mvc, f.clerkA(), f.appeal("HELP", "LABOUR_DISPUTE", "拖欠工资"));
        String meeting = meeting();
        Map<String, String> pages = Map.of(
                "/appeals",
                f.centre(),
                "/appeals/new",
                f.centre(),
                "/appeals/" + id,
                f.centre(),
                "/appeals/meetings",
                f.first(),
                "/appeals/meetings/new",
                f.first(),
                "/appeals/meetings/" + meeting,
                f.first(),
                "/appeals/categories",
                f.zone().admin(),
                "/appeals/my",
                f.clerkA(),
                "/appeals/my/new",
                f.clerkA());
        for (var page : pages.entrySet()) {
            String zh = page(page.getKey(), page.getValue(), "zh_CN");
            String en = page(page.getKey(), page.getValue(), "en");
            assertThat(zh).as(page.getKey()).doesNotContain("??").contains("<html");
            assertThat(en).as(page.getKey()).doesNotContain("??").contains("<html");
        }
        assertThat(page("/appeals", f.centre(), "zh_CN")).contains("政企诉求", "待派单", "拖欠工资", "剩 ");
        assertThat(page("/appeals", f.centre(), "en"))
                .contains("Enterprise appeals", "To dispatch", "1 working day left");
        assertThat(page("/appeals/" + id, f.centre(), "zh_CN")).contains("办理记录", "派单", "劳资纠纷", "合并为重复件");
        assertThat(page("/appeals/my", f.clerkA(), "zh_CN")).contains("我的诉求", "拖欠工资");
    }

    @Test
    void shouldTakeAStaffEntryThroughTheFormAndMoveItThroughTheCasePage() {
        MvcTestResult posted = mvc.post()
                .uri("/appeals/new")
                .multipart()
                .file(new MockMultipartFile("files", "照片.png", "image/png", new byte[] {1, 2, 3}))
                .param("channel", "HOTLINE")
                .param("type", "COMPLAINT")
                .param("categoryId", f.category("POLICY").toString())
                .param("urgency", "NORMAL")
                .param("title", "热线反映：政策兑现慢")
                .param("content", "来电企业反映奖补资金迟迟未到账。")
                .param("creditCode", f.enterpriseA().creditCode())
                .param("dispatch", "default")
                .with(user(userDetails.loadUserByUsername(f.centre())))
                .with(csrf())
                .exchange();
        assertThat(posted).hasStatus3xxRedirection().flash().containsKey("flash");
        String location = posted.getResponse().getRedirectedUrl();
        String caseId = location.substring("/appeals/".length());

        String handler = page(location, f.first(), "zh_CN");
        assertThat(handler).contains("热线反映：政策兑现慢", "照片.png", "签收", "已派单待签收").doesNotContain("同意退回");
        assertThat(mvc.post()
                        .uri(location + "/actions/acknowledge")
                        .with(user(userDetails.loadUserByUsername(f.first())))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("flash", "已签收");
        assertThat(mvc.post()
                        .uri(location + "/actions/reply")
                        .param("text", "已办")
                        .param("resolved", "true")
                        .with(user(userDetails.loadUserByUsername(f.first())))
                        .with(csrf()))
                .flash()
                .containsKey("flashError");
        assertThat(page(location, f.first(), "zh_CN")).contains("开始办理", "申请退回", "申请延期");
        assertThat(mvc.get()
                        .uri(location)
                        .accept(MediaType.TEXT_HTML)
                        .with(user(userDetails.loadUserByUsername(f.clerkB()))))
                .hasStatus(404);
        assertThat(act(mvc, f.first(), caseId, "start", null)).hasStatusOk();
    }

    @Test
    void shouldLetAnEnterpriseRaiseAndRateItsOwnAppeal() {
        MvcTestResult posted = mvc.post()
                .uri("/appeals/my/new")
                .multipart()
                .param("type", "HELP")
                .param("categoryId", f.category("FINANCING").toString())
                .param("urgency", "NORMAL")
                .param("title", "申请贷款贴息")
                .param("content", "请问如何申请贷款贴息？")
                .param("creditCode", f.enterpriseB().creditCode())
                .with(user(userDetails.loadUserByUsername(f.clerkA())))
                .with(csrf())
                .exchange();
        assertThat(posted).hasStatus3xxRedirection();
        String location = posted.getResponse().getRedirectedUrl();
        String own = page(location, f.clerkA(), "zh_CN");
        assertThat(own).contains("申请贷款贴息", "企业门户", f.enterpriseA().name(), "补充说明");

        MvcTestResult empty = mvc.post()
                .uri("/appeals/my/new")
                .multipart()
                .param("type", "HELP")
                .param("title", "")
                .with(user(userDetails.loadUserByUsername(f.clerkA())))
                .with(csrf())
                .exchange();
        assertThat(empty).hasStatusOk();
        assertThat(body(empty)).contains("必填", "提交的内容有误");
    }

    @Test
    void shouldRecordAMeetingAndItsAppealsThroughTheForms() {
        String meeting = meeting();
        MvcTestResult added = mvc.post()
                .uri("/appeals/meetings/" + meeting + "/appeals")
                .multipart()
                .param("type", "HELP")
                .param("categoryId", f.category("UTILITIES").toString())
                .param("urgency", "NORMAL")
                .param("title", "天然气管网接入")
                .param("content", "新厂区需接入天然气管网。")
                .param("creditCode", f.enterpriseA().creditCode())
                .with(user(userDetails.loadUserByUsername(f.first())))
                .with(csrf())
                .exchange();
        assertThat(added).hasStatus3xxRedirection().hasRedirectedUrl("/appeals/meetings/" + meeting);
        assertThat(page("/appeals/meetings/" + meeting, f.first(), "zh_CN"))
                .contains("政企圆桌会议", "天然气管网接入", f.enterpriseA().name(), "丙物流有限公司");
        assertThat(page("/appeals/meetings", f.first(), "zh_CN")).contains("王主任");
    }

    @Test
    void shouldAnswerHtmxWithFragmentsAndLetOnlyAdministratorsRoute() {
        create(mvc, f.clerkA(), f.appeal("HELP", "UTILITIES", "厂区用电增容"));
        MvcTestResult fragment = mvc.get()
                .uri("/appeals?state=ACCEPTED")
                .header("HX-Request", "true")
                .with(user(userDetails.loadUserByUsername(f.centre())))
                .exchange();
        assertThat(body(fragment)).contains("id=\"results\"", "厂区用电增容").doesNotContain("<html");
        MvcTestResult duplicates = mvc.get()
                .uri("/appeals/duplicates?title={t}", "厂区用电增容申请")
                .with(user(userDetails.loadUserByUsername(f.centre())))
                .exchange();
        assertThat(body(duplicates)).contains("可能重复的诉求", "厂区用电增容");

        assertThat(mvc.get().uri("/appeals/categories").with(user(userDetails.loadUserByUsername(f.centre()))))
                .hasStatus(403);
        var category = categories.find(f.zone().id(), f.category("OTHER")).orElseThrow();
        assertThat(mvc.post()
                        .uri("/appeals/categories/" + category.id())
                        .param("departmentId", f.landDepartment().toString())
                        .param("version", String.valueOf(category.version()))
                        .with(user(userDetails.loadUserByUsername(f.zone().admin())))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        assertThat(categories.find(f.zone().id(), category.id()).orElseThrow().defaultDepartmentId())
                .isEqualTo(f.landDepartment());
        assertThat(mvc.post()
                        .uri("/appeals/categories/settings")
                        .param("serviceCentreDepartmentId", f.centreDepartment().toString())
                        .param("replyDaysComplaint", "13")
                        .param("satisfied", "SATISFIED")
                        .with(user(userDetails.loadUserByUsername(f.zone().admin())))
                        .with(csrf()))
                .flash()
                .containsKey("flash");
        assertThat(body(mvc.get()
                        .uri("/api/v1/appeals/settings")
                        .header(
                                "Authorization",
                                com.parkops.support.ApiCalls.basic(f.zone().admin()))
                        .accept(MediaType.APPLICATION_JSON)
                        .exchange()))
                .contains("\"COMPLAINT\":13", "\"satisfied\":[\"SATISFIED\"]");
    }

    private String meeting() {
        MvcTestResult created = mvc.post()
                .uri("/appeals/meetings/new")
                .param("kind", "ROUND_TABLE")
                .param("heldOn", "2026-10-15")
                .param("host", "王主任")
                .param("enterprises", f.enterpriseA().creditCode() + "\n丙物流有限公司")
                .param("minutes", "座谈会纪要")
                .with(user(userDetails.loadUserByUsername(f.first())))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        return created.getResponse().getRedirectedUrl().substring("/appeals/meetings/".length());
    }

    private String page(String uri, String username, String lang) {
        return body(mvc.get()
                .uri(uri)
                .param("lang", lang)
                .accept(MediaType.TEXT_HTML)
                .with(user(userDetails.loadUserByUsername(username)))
                .exchange());
    }
}
