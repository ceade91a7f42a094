package com.parkops.indicators;

import static com.parkops.indicators.ReportingTestSupport.body;
import static com.parkops.indicators.ReportingTestSupport.json;
import static com.parkops.indicators.ReportingTestSupport.post;
import static com.parkops.indicators.ReportingTestSupport.submit;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The enterprise's reporting pages and the staff review pages, driven like a browser would. */
@IntegrationTest
class ReportingPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    ReportingTestSupport.Fixture f;
    UserDetails clerk;
    UserDetails staff;

    @BeforeEach
    void zoneWithLastYearsFigure() {
        f = ReportingTestSupport.fixture(testZones, testEnterprises);
        clerk = users.loadUserByUsername(f.firstClerk());
        staff = users.loadUserByUsername(f.zone().staff());
        ReportingTestSupport.importOutput(mvc, f.zone().staff(), f.first().creditCode() + ",2024-03,100");
    }

    @Test
    void shouldFillExplainAndSubmitAMonthThroughTheForm() {
        String month = "/indicators/reporting/2025-03";
        assertThat(body(mvc.get().uri(month).with(user(clerk)).exchange()))
                .contains("工业总产值", "万元", "本月累计数", "保存草稿", "提交审核");

        MvcTestResult notANumber = form(month, "abc", null, "save");
        assertThat(notANumber).hasStatusOk();
        assertThat(body(notANumber)).contains("“abc”不是有效的数字");

        assertThat(form(month, "400", null, "submit"))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flashError");
        String flagged = body(mvc.get().uri(month).with(user(clerk)).exchange());
        assertThat(flagged)
                .contains("同比变动 300.00%", "name=\"explanations[output]\"", "草稿")
                .contains("class=\"flagged\"");

        assertThat(form(month, "400", "新产线三月投产", "submit"))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        String submitted = body(mvc.get().uri(month).with(user(clerk)).exchange());
        assertThat(submitted).contains("已提交待审核", "企业说明：新产线三月投产").doesNotContain("name=\"values[output]\"");

        String calendar = body(mvc.get()
                .uri("/indicators/reporting?year=2025")
                .with(user(clerk))
                .exchange());
        assertThat(calendar).contains("2025 年月度填报", "3 月", "已提交待审核", "已逾期", "/indicators/reporting/2025-03");
    }

    @Test
    void shouldReviewAcceptAndShowTheFiguresToTheEnterprise() {
        String id = flaggedSubmission("扩产");

        assertThat(body(mvc.get().uri("/indicators/review").with(user(staff)).exchange()))
                .contains(f.first().name(), "已说明", "/indicators/review/" + id);
        MvcTestResult fragment = mvc.get()
                .uri("/indicators/review?period=2025-03&status=SUBMITTED&flagged=true")
                .header("HX-Request", "true")
                .with(user(staff))
                .exchange();
        assertThat(body(fragment)).contains("id=\"results\"", f.first().name()).doesNotContain("<html");

        String detail =
                body(mvc.get().uri("/indicators/review/" + id).with(user(staff)).exchange());
        assertThat(detail)
                .contains("<td class=\"num\">400</td>", "<td class=\"num\">100</td>", "300.00%")
                .contains("总体说明：扩产", "审核通过")
                .doesNotContain("disabled=\"disabled\"");

        assertThat(mvc.post()
                        .uri("/indicators/review/" + id + "/accept")
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        assertThat((String) json(
                        get(
                                mvc,
                                "/api/v1/indicators/submissions/" + id,
                                f.zone().staff()),
                        "$.status"))
                .isEqualTo("ACCEPTED");

        String calendar = body(mvc.get()
                .uri("/indicators/reporting?year=2025")
                .with(user(clerk))
                .exchange());
        assertThat(calendar).contains("id=\"trend\"", "echarts.min.js", "<td class=\"num\">400.00</td>", "已通过");
        String own = body(mvc.get()
                .uri("/indicators/reporting/submissions/" + id)
                .with(user(clerk))
                .exchange());
        assertThat(own).contains("审核通过", "企业填报", "当前有效", f.zone().staff());
        assertThat(body(mvc.get()
                        .uri("/indicators/reporting/2025-03")
                        .with(user(clerk))
                        .exchange()))
                .contains("更正数据");
    }

    @Test
    void shouldRequireAReasonToReturnAndShowItToTheEnterprise() {
        String id = flaggedSubmission("扩产");

        MvcTestResult noReason = mvc.post()
                .uri("/indicators/review/" + id + "/return")
                .param("reason", " ")
                .with(user(staff))
                .with(csrf())
                .exchange();
        assertThat(noReason).hasStatusOk();
        assertThat(body(noReason)).contains("请填写退回原因");

        assertThat(mvc.post()
                        .uri("/indicators/review/" + id + "/return")
                        .param("reason", "请附上新产线投产证明")
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(body(mvc.get()
                        .uri("/indicators/reporting/2025-03")
                        .with(user(clerk))
                        .exchange()))
                .contains("园区已退回", "请附上新产线投产证明", "name=\"values[output]\"");
        assertThat(body(mvc.get()
                        .uri("/indicators/review/" + id)
                        .with(user(staff))
                        .exchange()))
                .contains("退回修改", "退回原因：请附上新产线投产证明");
    }

    @Test
    void shouldDisableAndRefuseAcceptingAFlaggedReportWithoutExplanation() {
        String id = flaggedSubmission("扩产");
        jdbc.sql("update indicators.submission set explanation = null where zone_id = :zone and id = :id::uuid")
                .param("zone", f.zone().id())
                .param("id", id)
                .update();

        String detail =
                body(mvc.get().uri("/indicators/review/" + id).with(user(staff)).exchange());
        assertThat(detail).contains("未说明", "disabled=\"disabled\"");
        assertThat(mvc.post()
                        .uri("/indicators/review/" + id + "/accept")
                        .with(user(staff))
                        .with(csrf()))
                .flash()
                .containsKey("flashError");
        assertThat((String) json(
                        get(
                                mvc,
                                "/api/v1/indicators/submissions/" + id,
                                f.zone().staff()),
                        "$.status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void shouldRenderEveryPageInEnglish() {
        String id = flaggedSubmission("capacity expansion");
        Map<String, String> pages = Map.of(
                "/indicators/reporting?lang=en",
                "Monthly reports",
                "/indicators/reporting/2025-03?lang=en",
                "Gross industrial output",
                "/indicators/reporting/submissions/" + id + "?lang=en",
                "Review history");
        pages.forEach((page, text) -> {
            MvcTestResult result = mvc.get().uri(page).with(user(clerk)).exchange();
            assertThat(result).as(page).hasStatusOk();
            assertThat(body(result)).as(page).contains(text, "lang=\"en\"");
        });
        for (String page : List.of("/indicators/review?lang=en", "/indicators/review/" + id + "?lang=en")) {
            MvcTestResult result = mvc.get().uri(page).with(user(staff)).exchange();
            assertThat(result).as(page).hasStatusOk();
            assertThat(body(result)).as(page).contains("Report review", "1 finding");
        }
        assertThat(body(mvc.get()
                        .uri("/indicators/review/" + id + "?lang=en")
                        .with(user(staff))
                        .exchange()))
                .contains("Year-on-year change of 300.00%", "10k CNY", "Gross industrial output");
        assertThat(post(mvc, "/api/v1/indicators/submissions/" + id + "/accept", f.firstClerk(), "{}"))
                .hasStatus(403);
    }

    private String flaggedSubmission(String explanation) {
        return json(
                submit(
                        mvc,
                        f.firstClerk(),
                        "{\"period\":\"2025-03\",\"values\":{\"output\":400},\"explanation\":\"" + explanation
                                + "\",\"submit\":true}"),
                "$.id");
    }

    private MvcTestResult form(String uri, String output, String explanation, String action) {
        var request = mvc.post()
                .uri(uri)
                .param("values[output]", output)
                .param("action", action)
                .with(user(clerk))
                .with(csrf());
        if (explanation != null) {
            request = request.param("explanations[output]", explanation);
        }
        return request.exchange();
    }
}
