package com.parkops.evaluation;

import static com.parkops.evaluation.LifecycleCalls.RUNS;
import static com.parkops.evaluation.LifecycleCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The objection, decision, correction and settings pages, driven like a browser would. */
@IntegrationTest
class LifecyclePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    @Autowired
    UserDetailsService users;

    LifecycleCalls calls;
    UserDetails staff;

    @BeforeEach
    void sampleZone() {
        calls = new LifecycleCalls(mvc, jdbc, testZones);
        staff = users.loadUserByUsername(calls.zone.staff());
    }

    @Test
    void shouldLetAnEnterpriseFileAnObjectionThroughItsPageAndSeeTheDecision() {
        String run = calls.published();
        String code = calls.codes.get(0);
        UserDetails clerk = users.loadUserByUsername(calls.clerkOf(code));
        String page = "/evaluation/my/" + run + "/objection";

        String form = html(mvc.get().uri(page).with(user(clerk)).exchange());
        assertThat(form).contains("提出异议", "异议理由", "还剩 5 天", "enctype=\"multipart/form-data\"", code);

        MvcTestResult empty = mvc.post()
                .uri(page)
                .multipart()
                .param("reason", "")
                .with(user(clerk))
                .with(csrf())
                .exchange();
        assertThat(empty).hasStatusOk();
        assertThat(html(empty)).contains("请填写异议理由");

        MvcTestResult filed = mvc.post()
                .uri(page)
                .multipart()
                .file(new MockMultipartFile(
                        "files", "能耗账单.pdf", "application/pdf", "%PDF bill".getBytes(StandardCharsets.UTF_8)))
                .param("reason", "能耗数据重复计算了十二月")
                .with(user(clerk))
                .with(csrf())
                .exchange();
        assertThat(filed).hasStatus3xxRedirection().flash().containsKey("flash");
        String mine = html(mvc.get().uri(page).with(user(clerk)).exchange());
        assertThat(mine)
                .contains("能耗数据重复计算了十二月", "能耗账单.pdf", "待处理", "已有一条待处理的异议")
                .doesNotContain("name=\"reason\"");

        String id = calls.getJson(calls.zone.staff(), RUNS + run + "/objections")
                .get(0)
                .get("id")
                .asString();
        String attachment = calls.getJson(calls.zone.staff(), RUNS + run + "/objections")
                .get(0)
                .get("attachments")
                .get(0)
                .get("id")
                .asString();
        assertThat(mvc.get()
                        .uri("/evaluation/objections/" + id + "/attachments/" + attachment)
                        .with(user(clerk)))
                .hasStatusOk();
        UserDetails other = users.loadUserByUsername(calls.clerkOf(calls.codes.get(1)));
        assertThat(mvc.get()
                        .uri("/evaluation/objections/" + id + "/attachments/" + attachment)
                        .with(user(other)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/evaluation/objections/" + id).with(user(clerk)))
                .hasStatus(403);

        calls.decide(calls.zone.staff(), id, "REJECTED", "所附账单与上报数据一致");
        assertThat(html(mvc.get().uri(page).with(user(clerk)).exchange())).contains("已驳回", "所附账单与上报数据一致", "提交异议");
        assertThat(mvc.get()
                        .uri("/evaluation/my/" + calls.draft() + "/objection")
                        .with(user(clerk)))
                .hasStatus(404);
    }

    @Test
    void shouldShowTheQueueAndDecideAnObjectionOnItsPage() {
        String run = calls.published();
        String code = calls.codes.get(0);
        String clerk = calls.clerkOf(code);
        String id = body(calls.file(clerk, run, "亩均税收计算有误", LifecycleCalls.pdf("完税证明.pdf", "%PDF")))
                .get("id")
                .asString();

        String queue =
                html(mvc.get().uri("/evaluation/objections").with(user(staff)).exchange());
        assertThat(queue).contains("异议处理", code, "待处理", "还剩 5 天", "/evaluation/objections/" + id);
        assertThat(html(mvc.get()
                        .uri("/evaluation/objections?status=REJECTED&run=" + run)
                        .with(user(staff))
                        .exchange()))
                .contains("没有符合条件的异议");

        String detail = html(
                mvc.get().uri("/evaluation/objections/" + id).with(user(staff)).exchange());
        assertThat(detail).contains("亩均税收计算有误", "完税证明.pdf", "评价结果", "处理异议", "驳回异议", "A 类");

        MvcTestResult noReason = mvc.post()
                .uri("/evaluation/objections/" + id + "/decision")
                .param("decision", "UPHELD")
                .param("reason", "")
                .with(user(staff))
                .with(csrf())
                .exchange();
        assertThat(noReason).hasStatusOk();
        assertThat(html(noReason)).contains("请填写处理理由");

        assertThat(mvc.post()
                        .uri("/evaluation/objections/" + id + "/decision")
                        .param("decision", "UPHELD")
                        .param("reason", "经核实漏计补缴税款")
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        String upheld = html(
                mvc.get().uri("/evaluation/objections/" + id).with(user(staff)).exchange());
        assertThat(upheld).contains("已支持", "经核实漏计补缴税款", "生成更正批次").doesNotContain("name=\"decision\"");

        MvcTestResult corrected = mvc.post()
                .uri("/evaluation/runs/" + run + "/correct")
                .param("objection", id)
                .with(user(staff))
                .with(csrf())
                .exchange();
        assertThat(corrected).hasStatus3xxRedirection().flash().containsKey("flash");
        assertThat(corrected.getResponse().getRedirectedUrl())
                .startsWith("/evaluation/runs/")
                .doesNotContain(run);
        assertThat(html(mvc.get()
                        .uri("/evaluation/objections/" + id)
                        .with(user(staff))
                        .exchange()))
                .contains("已有更正批次草稿", "打开更正批次");
        assertThat(mvc.post()
                        .uri("/evaluation/runs/" + run + "/correct")
                        .param("objection", id)
                        .with(user(staff))
                        .with(csrf()))
                .hasRedirectedUrl("/evaluation/objections/" + id)
                .flash()
                .containsKey("flashError");
    }

    @Test
    void shouldRecordDecisionsOnTheEnterprisePageOfADraft() {
        String run = calls.draft();
        String code = calls.codes.get(0);
        String page = "/evaluation/runs/" + run + "/enterprises/" + code + "/decisions";

        String forms = html(mvc.get().uri(page).with(user(staff)).exchange());
        assertThat(forms)
                .contains("一票否决", "调档", "手工加减分", "重大安全生产事故", "出口创汇突出", "审批人", "暂无人工决定")
                .doesNotContain("高新技术企业");

        MvcTestResult noApprover = mvc.post()
                .uri(page + "/veto")
                .param("code", "safety")
                .param("reason", "发生较大安全事故")
                .with(user(staff))
                .with(csrf())
                .exchange();
        assertThat(noApprover).hasStatusOk();
        assertThat(html(noApprover)).contains("必填", "发生较大安全事故");

        assertThat(mvc.post()
                        .uri(page + "/veto")
                        .param("code", "safety")
                        .param("reason", "发生较大安全事故")
                        .param("approver", "管委会主任办公会")
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        assertThat(calls.result(run, code).get("grade").asString()).isEqualTo("D");
        String after = html(mvc.get().uri(page).with(user(staff)).exchange());
        assertThat(after).contains("管委会主任办公会", "（按排名为 A 类）", "grade-D");

        UserDetails leader = users.loadUserByUsername(calls.zone.leader());
        assertThat(html(mvc.get().uri(page).with(user(leader)).exchange()))
                .contains("管委会主任办公会")
                .doesNotContain("name=\"approver\"");
        assertThat(calls.post(calls.zone.staff(), RUNS + run + "/publish", null))
                .hasStatusOk();
        assertThat(html(mvc.get().uri(page).with(user(staff)).exchange()))
                .contains("仅供查看")
                .doesNotContain("name=\"approver\"");
    }

    @Test
    void shouldSaveTheObjectionWindowOnTheSettingsPage() {
        assertThat(html(mvc.get().uri("/evaluation/settings").with(user(staff)).exchange()))
                .contains("评价设置", "value=\"5\"", "异议期");

        MvcTestResult tooLong = mvc.post()
                .uri("/evaluation/settings")
                .param("objectionDays", "9")
                .param("version", "0")
                .with(user(staff))
                .with(csrf())
                .exchange();
        assertThat(tooLong).hasStatusOk();
        assertThat(html(tooLong)).contains("须为 3 至 7 天之间的整数");

        assertThat(mvc.post()
                        .uri("/evaluation/settings")
                        .param("objectionDays", "3")
                        .param("version", "0")
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(html(mvc.get()
                        .uri("/evaluation/settings?lang=en")
                        .with(user(staff))
                        .exchange()))
                .contains("Evaluation settings", "value=\"3\"");
        UserDetails leader = users.loadUserByUsername(calls.zone.leader());
        assertThat(mvc.get().uri("/evaluation/settings").with(user(leader))).hasStatus(403);
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
