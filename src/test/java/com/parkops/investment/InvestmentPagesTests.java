package com.parkops.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.ApiCalls;
import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The investment pages in Chinese and English, the steps as forms, and who may see them. */
@IntegrationTest
class InvestmentPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PipelineQueries queries;

    @Autowired
    PipelineTeams teams;

    TestZones.TestZone zone;

    @BeforeEach
    void zone() {
        zone = zones.create();
        assertThat(ApiCalls.upload(
                        mvc,
                        "/api/v1/investment/projects/import",
                        zone.staff(),
                        "projects.csv",
                        SampleZone.bytes("projects.csv")))
                .hasStatusOk();
    }

    @Test
    void shouldRenderEveryPageInChineseAndEnglishWithoutMissingTexts() {
        UUID id = queries.all(zone.id(), ProjectFilter.any()).get(3).id();
        List<String> pages = List.of(
                "/investment?year=2021",
                "/investment/projects?year=2021&label=5020",
                "/investment/board",
                "/investment/projects/new",
                "/investment/projects/" + id,
                "/investment/projects/" + id + "/edit",
                "/investment/import",
                "/investment/settings");
        for (String page : pages) {
            String zh = page(page, zone.admin(), "zh_CN");
            String en = page(page, zone.admin(), "en");
            assertThat(zh).as(page).doesNotContain("??").contains("<html");
            assertThat(en).as(page).doesNotContain("??").contains("<html");
        }
        assertThat(page("/investment?year=2021", zone.leader(), "zh_CN"))
                .contains("242,099.50", "同比 -19.26%", "30.77%");
        assertThat(page("/investment/projects/" + id, zone.staff(), "en"))
                .contains("Contract and promises", "/investment/projects/" + id + "/contract", "/projects/" + id);
        assertThat(page("/investment/board", zone.staff(), "zh_CN")).contains("测试项目022", "暂缓 / 终止");
    }

    @Test
    void shouldCreateAndAdvanceAProjectThroughTheForms() {
        UUID team = teams.ensure(zone.id(), "test", "一组", "王组长");
        MvcTestResult created = mvc.post()
                .uri("/investment/projects/new")
                .param("name", "外资电子项目")
                .param("investor", "某电子株式会社")
                .param("investorCountry", "日本")
                .param("capitalSource", "FOREIGN")
                .param("amount", "2000")
                .param("teamId", team.toString())
                .param("stage", "NEGOTIATING")
                .param("stageOn", "2025-03-01")
                .param("version", "0")
                .with(user(accounts.loadUserByUsername(zone.staff())))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(page(location, zone.staff(), "zh_CN")).contains("外资电子项目", "一组", "5020 项目", "折合 13,000.00 万元");
        assertThat(mvc.post()
                        .uri(location + "/advance")
                        .param("stage", "SIGNED")
                        .param("on", "2025-02-01")
                        .param("version", "0")
                        .with(user(accounts.loadUserByUsername(zone.staff())))
                        .with(csrf()))
                .flash()
                .containsKey("flashError");
        assertThat(mvc.post()
                        .uri(location + "/advance")
                        .param("stage", "SIGNED")
                        .param("on", "2025-04-01")
                        .param("version", "0")
                        .with(user(accounts.loadUserByUsername(zone.staff())))
                        .with(csrf()))
                .flash()
                .containsEntry("flash", "已推进");
        assertThat(page(location, zone.staff(), "zh_CN")).contains("2025-04-01", "推进");
    }

    @Test
    void shouldRefuseEnterpriseUsersAndLeadersTheirForbiddenPages() {
        String enterprise = zones.enterpriseUser(zone, UUID.randomUUID());
        for (String page : List.of("/investment", "/investment/projects", "/investment/board", "/investment/import")) {
            assertThat(mvc.get().uri(page).with(user(accounts.loadUserByUsername(enterprise))))
                    .as(page)
                    .hasStatus(403);
        }
        assertThat(mvc.get().uri("/investment/settings").with(user(accounts.loadUserByUsername(zone.leader()))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/investment/projects/new").with(user(accounts.loadUserByUsername(zone.leader()))))
                .hasStatus(403);
    }

    private String page(String uri, String username, String lang) {
        try {
            MvcTestResult result = mvc.get()
                    .uri(uri + (uri.contains("?") ? "&" : "?") + "lang=" + lang)
                    .with(user(accounts.loadUserByUsername(username)))
                    .exchange();
            assertThat(result).as(uri).hasStatusOk();
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
