package com.parkops.indicators;

import static com.parkops.indicators.CraftedZone.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Who may open which monitoring page. */
@IntegrationTest
class MonitoringAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void shouldKeepEnterpriseUsersOutOfEveryMonitoringPage() {
        var zone = testZones.create();
        List<UUID> ids = CraftedZone.register(jdbc, zone, 2);
        UserDetails clerk = users.loadUserByUsername(testZones.enterpriseUser(zone, ids.get(0)));
        String own = code(0);
        List<String> pages = List.of(
                "/indicators",
                "/indicators?year=2021&month=6&groupBy=enterprise",
                "/indicators/drill?year=2021&month=6&indicator=output&groupBy=zone",
                "/indicators/enterprises/" + own,
                "/indicators/enterprises/" + code(1),
                "/indicators/enterprises/" + own + "/revisions/2021-06",
                "/indicators/enterprises/" + own + "/revisions/2021-06/export",
                "/indicators/enterprises/" + own + "/export?year=2021",
                "/indicators/export/summary?year=2021&month=6",
                "/indicators/export/trend?year=2021&month=6",
                "/indicators/export/drill?year=2021&month=6&groupBy=zone",
                "/indicators/import",
                "/indicators/import/template",
                "/indicators/catalogue",
                "/indicators/catalogue/export",
                "/indicators/catalogue/output/versions/new");

        assertThat(pages)
                .allSatisfy(page -> assertThat(mvc.get()
                                .uri(page)
                                .accept(MediaType.TEXT_HTML)
                                .with(user(clerk))
                                .exchange()
                                .getResponse()
                                .getStatus())
                        .as(page)
                        .isIn(403, 404));
        assertThat(mvc.post()
                        .uri("/indicators/catalogue/output/versions")
                        .param("effectiveFrom", "2030-01")
                        .param("nameZh", "工业总产值")
                        .param("nameEn", "Output")
                        .param("unit", "万元")
                        .param("definition", "x")
                        .with(csrf())
                        .with(user(clerk)))
                .hasStatus(403);
        assertThat(mvc.post().uri("/indicators/import").with(csrf()).with(user(clerk)))
                .hasStatus(403);
    }

    @Test
    void shouldLetOnlyStaffImportAndOnlyAdministratorsEditTheCatalogue() {
        var zone = testZones.create();
        UserDetails leader = users.loadUserByUsername(zone.leader());
        UserDetails staff = users.loadUserByUsername(zone.staff());
        UserDetails admin = users.loadUserByUsername(zone.admin());

        assertThat(mvc.get().uri("/indicators").with(user(leader))).hasStatusOk();
        assertThat(mvc.get().uri("/indicators/catalogue").with(user(leader))).hasStatusOk();
        assertThat(mvc.get().uri("/indicators/import").with(user(leader))).hasStatus(403);
        assertThat(mvc.get().uri("/indicators/import").with(user(staff))).hasStatusOk();
        assertThat(mvc.get().uri("/indicators/catalogue/output/versions/new").with(user(staff)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/indicators/catalogue/output/versions/new").with(user(admin)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/indicators/catalogue/nothing/versions/new").with(user(admin)))
                .hasStatus(404);
        assertThat(mvc.get().uri("/indicators/catalogue").with(user(staff)))
                .bodyText()
                .doesNotContain("/versions/new");
    }

    @Test
    void shouldShowAnEmptyZoneWithoutFailing() {
        var zone = testZones.create();
        UserDetails staff = users.loadUserByUsername(zone.staff());

        assertThat(mvc.get().uri("/indicators").with(user(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("所选年份及上年没有该指标的数据");
        assertThat(mvc.get()
                        .uri("/indicators?year=abc&month=13&indicator=nothing&groupBy=x")
                        .with(user(staff)))
                .hasStatusOk();
    }
}
