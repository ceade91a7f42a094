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
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Enterprises whose report is overdue, reminders by staff and by the job, and the notice they see. */
@IntegrationTest
class ReportingOverdueTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    ReportingReminders reminders;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ReportingTestSupport.Fixture f;
    YearMonth closed;

    @BeforeEach
    void firstEnterpriseHasSubmittedTheLastClosedMonth() {
        f = ReportingTestSupport.fixture(testZones, testEnterprises);
        closed = reminders.lastClosedPeriod(f.zone().id());
        assertThat(submit(
                        mvc,
                        f.firstClerk(),
                        "{\"period\":\"" + closed + "\",\"values\":{\"output\":10},\"submit\":true}"))
                .hasStatusOk();
    }

    @Test
    void shouldListOnlyEnterprisesWithAnAccountThatHaveNotSubmitted() {
        testEnterprises.register(f.zone().id(), "没有填报账号的企业");
        var imported = testEnterprises.register(f.zone().id(), "园区已导入数据的企业");
        testZones.enterpriseUser(f.zone(), imported.id());
        ReportingTestSupport.importOutput(mvc, f.zone().staff(), imported.creditCode() + "," + closed + ",5");

        assertThat(reminders.overdue(f.zone().id(), closed))
                .extracting(ReportingReminders.Overdue::creditCode)
                .containsExactly(f.second().creditCode());
        assertThat(reminders.overdue(f.zone().id(), closed.plusMonths(2))).isEmpty();
        assertThat((List<String>) json(
                        get(
                                mvc,
                                "/api/v1/indicators/overdue?period=" + closed,
                                f.zone().staff()),
                        "$[*].creditCode"))
                .containsExactly(f.second().creditCode());
    }

    @Test
    void shouldRecordAStaffReminderThatTheEnterpriseSees() {
        var staff = users.loadUserByUsername(f.zone().staff());
        String review = body(mvc.get()
                .uri("/indicators/review?overdue=" + closed)
                .with(user(staff))
                .exchange());
        String overdueList = review.substring(review.indexOf("id=\"overdue\""));
        assertThat(overdueList)
                .contains(f.second().name())
                .doesNotContain(f.first().name());

        assertThat(mvc.post()
                        .uri("/indicators/review/reminders")
                        .param("enterpriseId", f.second().id().toString())
                        .param("period", closed.toString())
                        .with(user(staff))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("flash");
        // the first enterprise has submitted: nothing to remind
        assertThat(mvc.post()
                        .uri("/indicators/review/reminders")
                        .param("enterpriseId", f.first().id().toString())
                        .param("period", closed.toString())
                        .with(user(staff))
                        .with(csrf()))
                .flash()
                .containsKey("flashError");

        assertThat(reminders.pending(f.zone().id(), f.second().id()))
                .extracting(ReportingReminders.Reminder::period, ReportingReminders.Reminder::automatic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(closed, false));
        assertThat(reminders.pending(f.zone().id(), f.first().id())).isEmpty();
        assertThat(audit.history(f.zone().id(), "indicator-reminder", f.second().creditCode() + "/" + closed))
                .extracting(AuditRecord::actor)
                .containsExactly(f.zone().staff());
        String page = body(mvc.get()
                .uri("/indicators/reporting")
                .with(user(users.loadUserByUsername(f.secondClerk())))
                .exchange());
        assertThat(page).contains("id=\"reminders\"", "请尽快报送 " + closed);
        assertThat(reminders.overdue(f.zone().id(), closed).get(0).reminders()).isEqualTo(1);

        // once the month is submitted the notice goes
        submit(mvc, f.secondClerk(), "{\"period\":\"" + closed + "\",\"values\":{\"output\":3},\"submit\":true}");
        assertThat(reminders.pending(f.zone().id(), f.second().id())).isEmpty();
        assertThat(reminders.overdue(f.zone().id(), closed)).isEmpty();
    }

    @Test
    void shouldRemindEachOverdueReportOnceFromTheJob() {
        reminders.remindOverdue();
        reminders.remindOverdue();

        assertThat(reminders.pending(f.zone().id(), f.second().id()))
                .extracting(ReportingReminders.Reminder::automatic, ReportingReminders.Reminder::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "system"));
        assertThat(reminders.pending(f.zone().id(), f.first().id())).isEmpty();
        assertThat(audit.history(f.zone().id(), "indicator-reminder", f.second().creditCode() + "/" + closed))
                .hasSize(1);
    }

    @Test
    void shouldLeaveTheJobToTheInstanceHoldingTheLock() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(hashtext('indicators.reporting'), hashtext('reminders'))");
            }
            assertThat(reminders.remindOverdue()).isZero();
            other.rollback();
        }
        assertThat(reminders.pending(f.zone().id(), f.second().id())).isEmpty();

        assertThat(reminders.remindOverdue()).isPositive();
        assertThat(reminders.pending(f.zone().id(), f.second().id())).hasSize(1);
    }

    @Test
    void shouldLetOnlyStaffSeeTheOverdueList() {
        assertThat(get(mvc, "/api/v1/indicators/overdue", f.firstClerk())).hasStatus(403);
        assertThat(post(
                        mvc,
                        "/api/v1/indicators/reminders",
                        f.zone().staff(),
                        "{\"creditCode\":\"" + f.second().creditCode() + "\",\"period\":\"" + closed + "\"}"))
                .hasStatusOk();
        assertThat(post(
                        mvc,
                        "/api/v1/indicators/reminders",
                        f.zone().staff(),
                        "{\"creditCode\":\"" + f.first().creditCode() + "\",\"period\":\"" + closed + "\"}"))
                .hasStatus(409);
    }
}
