package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.body;
import static com.parkops.appeals.AppealsFixture.create;
import static com.parkops.appeals.AppealsFixture.json;
import static com.parkops.appeals.AppealsFixture.kinds;
import static com.parkops.appeals.AppealsFixture.post;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Taking appeals in: the portal, staff entry with and without dispatch, meetings, labour disputes, refusals. */
@IntegrationTest
class AppealIntakeTests {

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

    @Test
    void shouldTakeAPortalAppealForTheClerksOwnEnterpriseAndTellTheServiceCentre() {
        var body = f.appeal("HELP", "POLICY", "申报高新技术企业需要哪些材料");
        body.put("channel", "HOTLINE");
        body.put("creditCode", f.enterpriseB().creditCode());
        MvcTestResult created = post(mvc, "/api/v1/appeals", f.clerkA(), body);

        assertThat(created).hasStatus(201);
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat((String) json(created, "$.summary.caseNumber")).isEqualTo("SQ" + year + "-000001");
        assertThat((String) json(created, "$.summary.channel")).isEqualTo("PORTAL");
        assertThat((String) json(created, "$.summary.enterpriseName"))
                .isEqualTo(f.enterpriseA().name());
        assertThat((String) json(created, "$.summary.state")).isEqualTo("ACCEPTED");
        assertThat((String) json(created, "$.summary.countdown.kind")).isNotNull();
        assertThat(kinds(created)).containsExactly("RECEIVE");
        assertThat(inbox(f.centre())).containsExactly("appeal.receive");
        String second = create(mvc, f.clerkA(), f.appeal("CONSULT", "OTHER", "第二件"));
        assertThat((String) json(get(mvc, "/api/v1/appeals/" + second, f.clerkA()), "$.summary.caseNumber"))
                .isEqualTo("SQ" + year + "-000002");
    }

    @Test
    void shouldLetTheServiceCentreDispatchAtOnceToTheCategorysDepartment() {
        var body = f.appeal("COMPLAINT", "LAND", "厂区用地红线与规划不符");
        body.put("creditCode", f.enterpriseA().creditCode());
        body.put("dispatchToDefault", true);
        body.put("urgency", "URGENT");
        MvcTestResult created = post(mvc, "/api/v1/appeals", f.centre(), body);

        assertThat(created).hasStatus(201);
        assertThat((String) json(created, "$.summary.state")).isEqualTo("DISPATCHED");
        assertThat((String) json(created, "$.summary.departmentId"))
                .isEqualTo(f.landDepartment().toString());
        assertThat((String) json(created, "$.summary.departmentName")).isEqualTo("自然资源和规划分局");
        assertThat(kinds(created)).containsExactly("RECEIVE", "DISPATCH");
        assertThat(inbox(f.land())).containsExactly("appeal.dispatch");
        assertThat((Integer) json(created, "$.events[1].workingDaysTaken")).isZero();
    }

    @Test
    void shouldTakeAHotlineCallerWithoutRegisteredEnterpriseButNotLetOtherStaffDispatch() {
        var body = f.appeal("CONSULT", "EMPLOYMENT", "外地员工子女入学咨询");
        body.put("channel", "TRANSFER_12345");
        body.put("enterpriseName", "个体户 王某");
        body.put("contactPhone", "13800000000");
        MvcTestResult created = post(mvc, "/api/v1/appeals", f.first(), body);
        assertThat(created).hasStatus(201);
        assertThat((String) json(created, "$.summary.enterpriseName")).isEqualTo("个体户 王某");
        assertThat((Object) json(created, "$.summary.enterpriseId")).isNull();

        body.put("departmentId", f.firstDepartment());
        MvcTestResult refused = post(mvc, "/api/v1/appeals", f.first(), body);
        assertThat(refused).hasStatus(422);
        assertThat((List<String>) json(refused, "$.errors[*].field")).containsExactly("departmentId");
    }

    @Test
    void shouldRefuseAnIncompleteAppealWithEveryProblemAndWriteNothing() {
        MvcTestResult refused = post(
                mvc,
                "/api/v1/appeals",
                f.first(),
                Map.of("channel", "PORTAL", "creditCode", "91330100000000000X", "title", " "));
        assertThat(refused).hasStatus(422);
        assertThat((List<String>) json(refused, "$.errors[*].field"))
                .contains("type", "categoryId", "title", "content", "channel", "creditCode");
        assertThat(jdbc.sql("select count(*) from appeals.appeal where zone_id = :zone")
                        .param("zone", f.zone().id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldRecordAMeetingThatYieldsTwoAppeals() {
        var first = f.appeal("HELP", "FINANCING", "流动资金贷款续贷困难");
        first.put("creditCode", f.enterpriseA().creditCode());
        var second = f.appeal("SUGGESTION", "UTILITIES", "园区道路夜间照明不足");
        second.put("enterpriseName", "丙物流有限公司");
        Map<String, Object> meeting = Map.of(
                "kind", "ROUND_TABLE",
                "heldOn", "2026-10-15",
                "place", "管委会三楼会议室",
                "host", "王主任",
                "officials", "经发局、财政金融局",
                "minutes", "围绕融资和配套设施座谈。",
                "enterprises", List.of(f.enterpriseA().creditCode(), "丙物流有限公司"),
                "appeals", List.of(first, second));

        MvcTestResult recorded = post(mvc, "/api/v1/appeals/meetings", f.first(), meeting);

        assertThat(recorded).hasStatus(201);
        assertThat((Integer) json(recorded, "$.appeals")).isEqualTo(2);
        assertThat((List<String>) json(recorded, "$.enterprises[*].name"))
                .containsExactly(f.enterpriseA().name(), "丙物流有限公司");
        assertThat((List<String>) json(recorded, "$.enterprises[*].creditCode"))
                .containsExactly(f.enterpriseA().creditCode(), null);
        String meetingId = json(recorded, "$.id");
        MvcTestResult listed =
                get(mvc, "/api/v1/appeals?meetingId=" + meetingId, f.zone().leader());
        assertThat((List<String>) json(listed, "$.items[*].channel")).containsExactly("ROUND_TABLE", "ROUND_TABLE");
        assertThat((List<String>) json(listed, "$.items[*].title"))
                .containsExactlyInAnyOrder("流动资金贷款续贷困难", "园区道路夜间照明不足");
    }

    @Test
    void shouldRefuseAMeetingWhoseAppealIsInvalidNamingTheAppealsRow() {
        var bad = f.appeal("HELP", "FINANCING", "");
        bad.put("enterpriseName", "丙物流有限公司");
        Map<String, Object> meeting =
                Map.of("kind", "VISIT", "heldOn", "2026-10-15", "host", "李局长", "appeals", List.of(bad));
        MvcTestResult refused = post(mvc, "/api/v1/appeals/meetings", f.first(), meeting);
        assertThat(refused).hasStatus(422);
        assertThat(body(refused)).contains("\"row\":1", "appeals.title");
        assertThat((Integer) json(get(mvc, "/api/v1/appeals/meetings", f.first()), "$.length()"))
                .isZero();
    }

    @Test
    void shouldKeepLabourDisputeFiguresRoundedOnlyForTheLabourCategory() {
        var dispute = f.appeal("HELP", "LABOUR_DISPUTE", "32 名工人被拖欠工资");
        dispute.put("creditCode", f.enterpriseB().creditCode());
        dispute.put("workersInvolved", 32);
        dispute.put("amountOwed", 48.456);
        dispute.put("amountRecovered", 10.004);
        MvcTestResult created = post(mvc, "/api/v1/appeals", f.centre(), dispute);
        assertThat(created).hasStatus(201);
        assertThat((Integer) json(created, "$.workersInvolved")).isEqualTo(32);
        assertThat(((Number) json(created, "$.amountOwed")).doubleValue()).isEqualTo(48.46);
        assertThat(((Number) json(created, "$.amountRecovered")).doubleValue()).isEqualTo(10.0);

        var notLabour = f.appeal("HELP", "POLICY", "政策咨询");
        notLabour.put("creditCode", f.enterpriseB().creditCode());
        notLabour.put("amountOwed", 5);
        MvcTestResult other = post(mvc, "/api/v1/appeals", f.centre(), notLabour);
        assertThat((Object) json(other, "$.amountOwed")).isNull();

        dispute.put("amountRecovered", 60);
        MvcTestResult tooMuch = post(mvc, "/api/v1/appeals", f.centre(), dispute);
        assertThat(tooMuch).hasStatus(422);
        assertThat((List<String>) json(tooMuch, "$.errors[*].field")).containsExactly("amountRecovered");
    }

    private List<String> inbox(String username) {
        return jdbc.sql("""
                select n.kind from zone.notification n join zone.user_account u on u.zone_id = n.zone_id
                    and u.id = n.user_id
                where u.username = :name order by n.created_at
                """).param("name", username).query(String.class).list();
    }
}
