package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.create;
import static com.parkops.appeals.AppealsFixture.json;
import static com.parkops.appeals.AppealsFixture.kinds;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The whole workflow through the API, with the handling log and audit it leaves. */
@IntegrationTest
class AppealWorkflowApiTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    AppealsFixture f;

    @BeforeEach
    void zone() {
        f = AppealsFixture.create(context);
    }

    /** A complaint of enterprise A dispatched by the service centre to the first department. */
    private String dispatched() {
        var body = f.appeal("COMPLAINT", "POLICY", "技改补贴迟迟未兑现");
        body.put("creditCode", f.enterpriseA().creditCode());
        String id = create(mvc, f.clerkA(), body);
        assertThat(act(mvc, f.centre(), id, "dispatch", Map.of("departmentId", f.firstDepartment())))
                .hasStatusOk();
        return id;
    }

    @Test
    void shouldRejectAnUnjustifiedReturnThenExtendReplyReopenAndClose() {
        String id = dispatched();
        assertThat(act(mvc, f.first(), id, "acknowledge", null)).hasStatusOk();
        assertThat(act(mvc, f.first(), id, "request-return", Map.of("text", " ")))
                .hasStatus(422);
        assertThat(act(mvc, f.first(), id, "request-return", Map.of("text", "补贴兑现归财政局")))
                .hasStatusOk();
        assertThat(act(mvc, f.first(), id, "reject-return", Map.of("text", "不成立")))
                .hasStatus(403);
        MvcTestResult rejected = act(mvc, f.centre(), id, "reject-return", Map.of("text", "技改补贴由经发局牵头"));
        assertThat((String) json(rejected, "$.summary.state")).isEqualTo("ACKNOWLEDGED");
        assertThat((String) json(rejected, "$.summary.departmentId"))
                .isEqualTo(f.firstDepartment().toString());
        assertThat(act(mvc, f.first(), id, "request-return", Map.of("text", "再次申请")))
                .hasStatus(409);

        assertThat(act(mvc, f.first(), id, "reply", Map.of("text", "太早", "resolved", true)))
                .hasStatus(409);
        assertThat(act(mvc, f.first(), id, "start", null)).hasStatusOk();
        String replyBy = json(get(mvc, "/api/v1/appeals/" + id, f.first()), "$.replyDeadline");
        assertThat(act(mvc, f.first(), id, "request-extension", Map.of("days", 11, "text", "太久")))
                .hasStatus(409);
        assertThat(act(mvc, f.first(), id, "request-extension", Map.of("days", 3, "text", "需财政局会签")))
                .hasStatusOk();
        assertThat(inbox(f.centre())).contains("appeal.request-return", "appeal.request-extension");
        MvcTestResult extended = act(mvc, f.centre(), id, "approve-extension", null);
        assertThat(Instant.parse(json(extended, "$.replyDeadline"))).isAfter(Instant.parse(replyBy));
        assertThat((Integer) json(extended, "$.extensionDays")).isEqualTo(3);

        assertThat(act(mvc, f.first(), id, "note", Map.of("text", "已与财政局会商"))).hasStatusOk();
        assertThat(act(mvc, f.first(), id, "reply", Map.of("text", "补贴已拨付 20 万元", "resolved", true)))
                .hasStatusOk();
        assertThat(inbox(f.clerkA())).contains("appeal.reply");
        assertThat(act(mvc, f.clerkA(), id, "revisit", Map.of("satisfaction", "DISSATISFIED", "text", "只到一半")))
                .hasStatusOk();
        assertThat(act(mvc, f.clerkA(), id, "reopen", Map.of("text", "企业不满意"))).hasStatus(403);
        MvcTestResult reopened = act(mvc, f.centre(), id, "reopen", Map.of("text", "剩余款项未到位"));
        assertThat((String) json(reopened, "$.summary.state")).isEqualTo("IN_PROGRESS");
        assertThat(inbox(f.first())).contains("appeal.dispatch", "appeal.reject-return", "appeal.reopen");
        assertThat(act(mvc, f.centre(), id, "close", Map.of("resolved", true))).hasStatus(409);
        assertThat(act(mvc, f.first(), id, "reply", Map.of("text", "余款已拨付", "resolved", true)))
                .hasStatusOk();
        assertThat(act(mvc, f.centre(), id, "revisit", Map.of("satisfaction", "SATISFIED")))
                .hasStatusOk();
        assertThat(act(mvc, f.centre(), id, "reopen", Map.of("text", "无"))).hasStatus(409);
        MvcTestResult closed = act(mvc, f.centre(), id, "close", null);

        assertThat((String) json(closed, "$.summary.state")).isEqualTo("CLOSED");
        assertThat((String) json(closed, "$.summary.outcome")).isEqualTo("RESOLVED");
        assertThat(kinds(closed))
                .containsExactly(
                        "RECEIVE",
                        "DISPATCH",
                        "ACKNOWLEDGE",
                        "REQUEST_RETURN",
                        "REJECT_RETURN",
                        "START",
                        "REQUEST_EXTENSION",
                        "APPROVE_EXTENSION",
                        "NOTE",
                        "REPLY",
                        "REVISIT",
                        "REOPEN",
                        "REPLY",
                        "REVISIT",
                        "CLOSE");
        assertThat((List<String>) json(closed, "$.events[?(@.kind == 'REJECT_RETURN')].departmentId"))
                .containsExactly(f.firstDepartment().toString());
        assertThat((List<Boolean>) json(closed, "$.events[?(@.kind == 'REPLY')].onTime"))
                .containsExactly(true, true);
        assertThat(jdbc.sql("select count(*) from zone.audit_event where zone_id = :zone and entity_type = 'appeal'")
                        .param("zone", f.zone().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(15);
    }

    @Test
    void shouldRedispatchAnApprovedReturnAndLeaveTheFirstDepartmentOnlyReading() {
        String id = dispatched();
        act(mvc, f.first(), id, "acknowledge", null);
        act(mvc, f.first(), id, "request-return", Map.of("text", "属于用地问题"));
        assertThat(act(mvc, f.centre(), id, "approve-return", Map.of("departmentId", f.firstDepartment())))
                .hasStatus(409);
        MvcTestResult approved =
                act(mvc, f.centre(), id, "approve-return", Map.of("departmentId", f.landDepartment(), "text", "改派"));

        assertThat((String) json(approved, "$.summary.state")).isEqualTo("DISPATCHED");
        assertThat((String) json(approved, "$.summary.departmentId"))
                .isEqualTo(f.landDepartment().toString());
        assertThat((List<Boolean>) json(approved, "$.events[?(@.kind == 'APPROVE_RETURN')].redispatch"))
                .containsExactly(true);
        assertThat((List<String>) json(approved, "$.events[?(@.kind == 'APPROVE_RETURN')].departmentId"))
                .containsExactly(f.firstDepartment().toString());
        assertThat(inbox(f.land())).contains("appeal.approve-return");

        assertThat(get(mvc, "/api/v1/appeals/" + id, f.first())).hasStatusOk();
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals/" + id, f.first()), "$.allowedActions"))
                .isEmpty();
        assertThat(act(mvc, f.first(), id, "note", Map.of("text", "还想补充"))).hasStatus(403);
        assertThat(act(mvc, f.land(), id, "acknowledge", null)).hasStatusOk();
        assertThat((List<String>) json(get(mvc, "/api/v1/appeals/" + id, f.land()), "$.allowedActions"))
                .containsExactlyInAnyOrder("REQUEST_RETURN", "REQUEST_EXTENSION", "START", "NOTE");
    }

    @Test
    void shouldRedispatchBeforeAcknowledgementAndRefuseIllegalMoves() {
        String id = dispatched();
        assertThat(act(mvc, f.first(), id, "start", null)).hasStatus(409);
        assertThat(act(mvc, f.centre(), id, "close", Map.of("resolved", true))).hasStatus(409);
        assertThat(act(mvc, f.centre(), id, "dispatch", Map.of("departmentId", f.firstDepartment())))
                .hasStatus(409);
        MvcTestResult moved = act(mvc, f.centre(), id, "dispatch", Map.of("departmentId", f.landDepartment()));
        assertThat((List<String>) json(moved, "$.events[*].kind")).endsWith("REDISPATCH");
        assertThat(act(mvc, f.centre(), id, "unknown-action", null)).hasStatus(404);
        assertThat(act(mvc, f.zone().leader(), id, "remind", null)).hasStatus(403);
        assertThat(act(mvc, f.centre(), id, "remind", Map.of("text", "请尽快签收"))).hasStatusOk();
        assertThat(act(mvc, f.centre(), id, "acknowledge", null)).hasStatus(403);
    }

    @Test
    void shouldUpdateLabourFiguresOnlyForALabourDispute() {
        var body = f.appeal("HELP", "LABOUR_DISPUTE", "欠薪");
        body.put("enterpriseName", "丁建筑劳务队");
        body.put("workersInvolved", 12);
        body.put("amountOwed", 30);
        String id = create(mvc, f.centre(), body);
        MvcTestResult updated = act(
                mvc,
                f.centre(),
                id,
                "update-labour",
                Map.of("workersInvolved", 12, "amountOwed", 30, "amountRecovered", 18.5));
        assertThat(updated).hasStatusOk();
        assertThat(((Number) json(updated, "$.amountRecovered")).doubleValue()).isEqualTo(18.5);
        assertThat(kinds(updated)).endsWith("UPDATE_LABOUR");

        String policy = dispatched();
        assertThat(act(mvc, f.centre(), policy, "update-labour", Map.of("amountOwed", 1)))
                .hasStatus(409);
        assertThat(act(mvc, f.first(), policy, "update-labour", Map.of("amountOwed", 1)))
                .hasStatus(409);
        assertThat(act(mvc, f.land(), policy, "update-labour", Map.of("amountOwed", 1)))
                .hasStatus(404);
    }

    private List<String> inbox(String username) {
        return jdbc.sql("""
                select n.kind from zone.notification n join zone.user_account u on u.zone_id = n.zone_id
                    and u.id = n.user_id
                where u.username = :name order by n.created_at
                """).param("name", username).query(String.class).list();
    }
}
