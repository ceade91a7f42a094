package com.parkops.evaluation;

import static com.parkops.evaluation.LifecycleCalls.RUNS;
import static com.parkops.evaluation.LifecycleCalls.body;
import static com.parkops.evaluation.LifecycleCalls.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Objections through the API: filing in the window, who sees what, decisions and the finalize guard. */
@IntegrationTest
class ObjectionApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    LifecycleCalls calls;

    @BeforeEach
    void sampleZone() {
        calls = new LifecycleCalls(mvc, jdbc, testZones);
    }

    @Test
    void shouldFileAnObjectionWithAFileThatOnlyStaffAndTheEnterpriseItselfCanSee() {
        String run = calls.published();
        String own = calls.codes.get(0);
        String clerk = calls.clerkOf(own);
        String other = calls.clerkOf(calls.codes.get(1));

        MvcTestResult filed = calls.file(clerk, run, "实缴税金漏计第四季度补缴税款", pdf("完税证明.pdf", "%PDF-1.4 receipt"));
        assertThat(filed).hasStatus(201);
        JsonNode objection = body(filed);
        String id = objection.get("id").asString();
        assertThat(objection.get("status").asString()).isEqualTo("FILED");
        assertThat(objection.get("creditCode").asString()).isEqualTo(own);
        assertThat(objection.get("attachments")).hasSize(1);
        JsonNode attachment = objection.get("attachments").get(0);
        assertThat(attachment.get("name").asString()).isEqualTo("完税证明.pdf");
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.get("size").asLong()).isEqualTo(16);
        String download = "/api/v1/evaluation/objections/" + id + "/attachments/"
                + attachment.get("id").asString();

        MvcTestResult file = calls.get(clerk, download);
        assertThat(file).hasStatusOk();
        assertThat(new String(file.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("%PDF-1.4 receipt");
        assertThat(file.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment");
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(calls.get(calls.zone.staff(), download)).hasStatusOk();
        assertThat(calls.getJson(clerk, RUNS + run + "/objections")).hasSize(1);
        assertThat(calls.getJson(calls.zone.staff(), RUNS + run + "/objections"))
                .hasSize(1);

        assertThat(calls.get(other, download)).hasStatus(404);
        assertThat(calls.get(other, "/api/v1/evaluation/objections/" + id)).hasStatus(404);
        assertThat(calls.getJson(other, RUNS + run + "/objections")).isEmpty();
        assertThat(calls.decide(clerk, id, "UPHELD", "自己支持自己")).hasStatus(403);
        assertThat(calls.file(calls.zone.staff(), run, "工作人员不能提出异议")).hasStatus(403);

        assertThat(calls.file(clerk, run, "再提一条")).hasStatus(409);
        assertThat(calls.audits("evaluation-objection")).isEqualTo(1);
    }

    @Test
    void shouldRefuseObjectionsToDraftsToFinalRunsAndAfterTheWindow() {
        String run = calls.draft();
        String clerk = calls.clerkOf(calls.codes.get(0));

        MvcTestResult onDraft = calls.file(clerk, run, "草稿期间提出");
        assertThat(onDraft).hasStatus(409);
        assertThat(body(onDraft).get("detail").asString()).contains("公示期", "草稿");

        assertThat(calls.post(calls.zone.staff(), RUNS + run + "/publish", null))
                .hasStatusOk();
        calls.windowEnds(run, 0);
        assertThat(calls.file(clerk, run, "最后一天提出")).hasStatus(201);
        String second = calls.clerkOf(calls.codes.get(2));
        calls.windowEnds(run, -1);
        MvcTestResult late = calls.file(second, run, "逾期提出");
        assertThat(late).hasStatus(409);
        assertThat(body(late).get("detail").asString()).contains("异议期已于");

        String finalRun = calls.published();
        assertThat(calls.post(calls.zone.staff(), RUNS + finalRun + "/finalize", null))
                .hasStatusOk();
        assertThat(calls.file(clerk, finalRun, "定稿后提出")).hasStatus(409);
    }

    @Test
    void shouldRefuseAnObjectionWithoutReasonOrWithTooManyOrWrongFiles() {
        String run = calls.published();
        String clerk = calls.clerkOf(calls.codes.get(0));

        MvcTestResult noReason = calls.file(clerk, run, "  ");
        assertThat(noReason).hasStatus(422);
        assertThat(body(noReason).get("errors").toString()).contains("reason", "请填写异议理由");

        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = pdf("证明" + i + ".pdf", "x");
        }
        assertThat(body(calls.file(clerk, run, "附件太多", six)).get("errors").toString())
                .contains("最多上传 5 个附件");
        MockMultipartFile script =
                new MockMultipartFile("files", "run.exe", "application/octet-stream", new byte[] {1});
        assertThat(body(calls.file(clerk, run, "可执行文件", script)).get("errors").toString())
                .contains("run.exe");
        MockMultipartFile huge =
                new MockMultipartFile("files", "扫描件.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]);
        assertThat(body(calls.file(clerk, run, "大文件", huge)).get("errors").toString())
                .contains("扫描件.pdf", "10 MB");
        assertThat(calls.file(clerk, run, "x".repeat(2001))).hasStatus(422);
        assertThat(calls.getJson(calls.zone.staff(), RUNS + run + "/objections"))
                .isEmpty();
    }

    @Test
    void shouldRefuseFinalizeWhileAnObjectionIsPendingAndAllowItOnceRejected() {
        String run = calls.published();
        String clerk = calls.clerkOf(calls.codes.get(0));
        String id = body(calls.file(clerk, run, "排名有误")).get("id").asString();

        MvcTestResult pending = calls.post(calls.zone.staff(), RUNS + run + "/finalize", null);
        assertThat(pending).hasStatus(409);
        assertThat(body(pending).get("detail").asString()).contains("1 条异议未处理");

        MvcTestResult noReason = calls.decide(calls.zone.staff(), id, "REJECTED", null);
        assertThat(noReason).hasStatus(422);
        assertThat(body(noReason).get("errors").toString()).contains("reason");
        assertThat(calls.decide(calls.zone.staff(), id, "MAYBE", "随便")).hasStatus(422);

        MvcTestResult rejected = calls.decide(calls.zone.staff(), id, "REJECTED", "所报数据与税务部门核定数一致");
        assertThat(rejected).hasStatusOk();
        assertThat(body(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(body(rejected).get("decidedBy").asString()).isEqualTo(calls.zone.staff());
        assertThat(calls.decide(calls.zone.staff(), id, "UPHELD", "改主意")).hasStatus(409);
        assertThat(calls.getJson(clerk, "/api/v1/evaluation/objections/" + id)
                        .get("decisionReason")
                        .asString())
                .isEqualTo("所报数据与税务部门核定数一致");

        assertThat(calls.post(calls.zone.staff(), RUNS + run + "/finalize", null))
                .hasStatusOk();
        assertThat(calls.audits("evaluation-objection")).isEqualTo(2);
    }
}
