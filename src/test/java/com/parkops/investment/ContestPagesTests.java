package com.parkops.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.Users;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The contract, promise, team and contest pages in Chinese and English, and who may use them. */
@IntegrationTest
class ContestPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    UserDetailsService users;

    @Autowired
    Users zoneUsers;

    @Test
    void shouldLetStaffCreateAContractOnThePageAndShowFieldErrors() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        UUID project = f.project("SIGNED").insert();
        String uri = "/investment/projects/" + project + "/contract";
        UserDetails staff = users.loadUserByUsername(f.zone.staff());

        assertThat(html(mvc.get().uri(uri).with(user(staff)).exchange()))
                .contains("签约合同", "承诺亩均税收", "name=\"promisedTaxPerMu\"", "btn-primary");
        assertThat(html(mvc.get().uri(uri + "?lang=en").with(user(staff)).exchange()))
                .contains("Promised tax per mu", "Planned production");

        MvcTestResult refused = mvc.post()
                .uri(uri)
                .with(user(staff))
                .with(csrf())
                .param("contractNo", "HT-9")
                .param("signedOn", "2024-02-02")
                .param("investor", "甲公司")
                .param("amount", "-1")
                .exchange();
        assertThat(html(refused)).contains("须大于 0", "has-error");

        MvcTestResult saved = mvc.post()
                .uri(uri)
                .with(user(staff))
                .with(csrf())
                .param("contractNo", "HT-9")
                .param("signedOn", "2024-02-02")
                .param("investor", "甲公司")
                .param("amount", "3000")
                .param("promisedTaxPerMu", "12.5")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl(uri);

        String leaderView = html(mvc.get()
                .uri(uri)
                .with(user(users.loadUserByUsername(f.zone.leader())))
                .exchange());
        assertThat(leaderView).contains("HT-9", "12.50").doesNotContain("name=\"promisedTaxPerMu\"");
        assertThat(mvc.post()
                        .uri(uri)
                        .with(user(users.loadUserByUsername(f.zone.leader())))
                        .with(csrf())
                        .param("contractNo", "HT-10")
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void shouldManageTeamsAndShowTheLeagueWithAnExport() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        UserDetails staff = users.loadUserByUsername(f.zone.staff());
        UUID member = zoneUsers.findByUsername(f.zone.staff()).orElseThrow().id();
        MvcTestResult created = mvc.post()
                .uri("/investment/teams")
                .with(user(staff))
                .with(csrf())
                .param("name", "招商一队")
                .param("leaderName", "王队长")
                .param("departmentId", f.zone.departmentId().toString())
                .param("memberIds", member.toString())
                .param("active", "true")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(html(mvc.get().uri(location).with(user(staff)).exchange()))
                .contains("招商一队", "王队长", "年度目标", "checked");
        assertThat(html(mvc.post()
                        .uri("/investment/teams")
                        .with(user(staff))
                        .with(csrf())
                        .param("name", "招商一队")
                        .exchange()))
                .contains("已有同名小分队");
        assertThat(mvc.post()
                        .uri(location + "/targets")
                        .with(user(staff))
                        .with(csrf())
                        .param("year", "2025")
                        .param("signedAmount", "40000")
                        .exchange())
                .hasStatus3xxRedirection();
        UUID team = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        f.project("SIGNED").team(team).amount("10000").signed("2025-05-01").insert();

        assertThat(html(mvc.get()
                        .uri("/investment/teams?lang=en")
                        .with(user(staff))
                        .exchange()))
                .contains("Investment teams", "招商一队");
        String league = html(mvc.get()
                .uri("/investment/contest?year=2025&period=Q2")
                .with(user(staff))
                .exchange());
        assertThat(league).contains("三比三促", "2025 年第 2 季度", "招商一队", "10,000.00", "100.00%", "data-contest-chart");
        assertThat(html(mvc.get()
                        .uri("/investment/contest?year=2025&period=Q2&lang=en")
                        .with(user(staff))
                        .exchange()))
                .contains("Team contest", "Q2 2025", "Points by criterion");
        MvcTestResult export = mvc.get()
                .uri("/investment/contest/export.xlsx?year=2025&period=Q2")
                .with(user(staff))
                .exchange();
        assertThat(export)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.getResponse().getContentAsByteArray()).startsWith(0x50, 0x4B);
    }

    @Test
    void shouldShowPromisesAndKeepEnterpriseUsersOut() {
        ContestFixture f = new ContestFixture(mvc, jdbc, testZones);
        f.project("IN_PRODUCTION").insert();
        UserDetails leader = users.loadUserByUsername(f.zone.leader());
        assertThat(html(mvc.get()
                        .uri("/investment/promises?year=2024")
                        .with(user(leader))
                        .exchange()))
                .contains("承诺履约跟踪", "尚未录入签约合同")
                .doesNotContain("name=\"shortfallPercent\"");
        assertThat(html(mvc.get()
                        .uri("/investment/promises?year=2024&lang=en")
                        .with(user(users.loadUserByUsername(f.zone.admin())))
                        .exchange()))
                .contains("Promise tracking", "No signed contract entered yet", "name=\"shortfallPercent\"");

        var enterprise = enterprises.register(f.zone.id(), "某企业");
        UserDetails ent = users.loadUserByUsername(testZones.enterpriseUser(f.zone, enterprise.id()));
        UUID project = f.project("SIGNED").insert();
        for (String uri : new String[] {
            "/investment/promises",
            "/investment/teams",
            "/investment/contest",
            "/investment/contest/export.xlsx",
            "/investment/projects/" + project + "/contract"
        }) {
            assertThat(mvc.get().uri(uri).with(user(ent)).exchange()).as(uri).hasStatus(403);
        }
        for (String uri :
                new String[] {"/api/v1/investment/promises", "/api/v1/investment/teams", "/api/v1/investment/contest"
                }) {
            assertThat(mvc.get().uri(uri).with(user(ent)).exchange()).as(uri).hasStatus(403);
        }
    }

    private static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
