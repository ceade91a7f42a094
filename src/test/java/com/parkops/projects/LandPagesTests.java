package com.parkops.projects;

import static com.parkops.projects.LandFixture.json;
import static com.parkops.projects.LandFixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The land-quota and campaign pages in both languages, their forms, and who may open them. */
@IntegrationTest
class LandPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    TestZones.TestZone zone;
    UUID project;

    @BeforeEach
    void zone() {
        zone = zones.create();
        project = LandFixture.project(jdbc, zone.id(), "P-" + zone.suffix());
    }

    private MvcTestResult page(String uri, String who) {
        return mvc.get()
                .uri(uri)
                .with(user(userDetails.loadUserByUsername(who)))
                .exchange();
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldRecordARequestThroughTheFormsAndShowTheYearInBothLanguages() {
        MvcTestResult created = mvc.post()
                .uri("/projects/land/new")
                .with(user(userDetails.loadUserByUsername(zone.staff())))
                .with(csrf())
                .param("projectId", project.toString())
                .param("mu", "88.5")
                .param("purpose", "智能装备产业园一期")
                .param("requestedOn", "2025-02-01")
                .param("requestedBy", "某某投资")
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();

        MvcTestResult detail = page(location, zone.staff());
        assertThat(detail).hasStatusOk();
        assertThat(text(detail)).contains("智能装备产业园一期", "待审批", "批准");

        MvcTestResult refused = mvc.post()
                .uri(location + "/decide")
                .with(user(userDetails.loadUserByUsername(zone.leader())))
                .with(csrf())
                .param("version", "0")
                .param("approve", "true")
                .param("approvedMu", "abc")
                .param("approver", "市自然资源局")
                .param("decidedOn", "2025-03-01")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(text(refused)).contains("格式不正确");

        MvcTestResult approved = mvc.post()
                .uri(location + "/decide")
                .with(user(userDetails.loadUserByUsername(zone.leader())))
                .with(csrf())
                .param("version", "0")
                .param("approve", "true")
                .param("approvedMu", "80")
                .param("approver", "市自然资源局")
                .param("decidedOn", "2025-03-01")
                .exchange();
        assertThat(approved).hasStatus3xxRedirection();
        MvcTestResult over = mvc.post()
                .uri(location + "/allocations")
                .with(user(userDetails.loadUserByUsername(zone.staff())))
                .with(csrf())
                .param("version", "1")
                .param("mu", "81")
                .param("allocatedOn", "2025-04-01")
                .param("parcel", "LH-2025-11")
                .exchange();
        assertThat(over).hasStatusOk();
        assertThat(text(over)).contains("超出批准指标");
        assertThat(mvc.post()
                        .uri(location + "/allocations")
                        .with(user(userDetails.loadUserByUsername(zone.staff())))
                        .with(csrf())
                        .param("version", "1")
                        .param("mu", "80")
                        .param("allocatedOn", "2025-04-01")
                        .param("parcel", "LH-2025-11")
                        .exchange())
                .hasStatus3xxRedirection();

        MvcTestResult overview = page("/projects/land?year=2025", zone.leader());
        assertThat(overview).hasStatusOk();
        assertThat(text(overview)).contains("2025 年解决 1 个项目 80.00 亩用地指标", "data-chart", "已配置");
        MvcTestResult english = page("/projects/land?year=2025&lang=en", zone.leader());
        assertThat(text(english))
                .contains("In 2025, land quotas were allocated to 1 projects, 80.00 mu in all.", "Allocated");
        assertThat(text(page(location + "?lang=en", zone.staff()))).contains("Allocations", "LH-2025-11");
    }

    @Test
    void shouldShowCampaignsWithTheirProgressInBothLanguages() {
        MvcTestResult created = post(
                mvc,
                "/api/v1/projects/campaigns",
                zone.staff(),
                Map.of("name", "项目开工百日攻坚", "startsOn", "2025-01-01", "deadline", "2025-04-10"));
        String id = json(created, "$.id");
        post(
                mvc,
                "/api/v1/projects/campaigns/" + id + "/targets",
                zone.staff(),
                Map.of("version", 0, "projectId", project, "goal", "STAGE", "stage", "SIGNED"));

        MvcTestResult list = page("/projects/campaigns", zone.leader());
        assertThat(list).hasStatusOk();
        assertThat(text(list)).contains("项目开工百日攻坚", "已完成 1/1", "已截止");
        MvcTestResult campaign = page("/projects/campaigns/" + id, zone.staff());
        assertThat(text(campaign)).contains("达到签约", "已完成", "data-chart", "添加目标项目");
        MvcTestResult english = page("/projects/campaigns/" + id + "?lang=en", zone.leader());
        assertThat(text(english)).contains("Reach Signed", "Met", "Overall progress");
        assertThat(text(english)).doesNotContain("Add a target project");

        MvcTestResult form = mvc.post()
                .uri("/projects/campaigns")
                .with(user(userDetails.loadUserByUsername(zone.staff())))
                .with(csrf())
                .param("name", "")
                .param("startsOn", "2025-05-01")
                .param("deadline", "2025-04-01")
                .exchange();
        assertThat(form).hasStatusOk();
        assertThat(text(form)).contains("必填", "日期不能早于 2025-05-01");
    }

    @Test
    void shouldAnswerEnterpriseUsersWithForbidden() {
        var enterprise = enterprises.register(zone.id(), "某企业");
        String clerk = zones.enterpriseUser(zone, enterprise.id());
        assertThat(page("/projects/land", clerk)).hasStatus(403);
        assertThat(page("/projects/land/new", clerk)).hasStatus(403);
        assertThat(page("/projects/land/export?year=2025", clerk)).hasStatus(403);
        assertThat(page("/projects/campaigns", clerk)).hasStatus(403);
        assertThat(page("/projects/land/new", zone.leader())).hasStatus(403);
    }
}
