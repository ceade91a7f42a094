package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The administrator's Open311 keys page: issue (shown once), list, revoke after confirming. */
@IntegrationTest
class Open311KeysPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones zones;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldIssueShowOnceListAndRevokeAKey() {
        TestZones.TestZone zone = zones.create();
        var admin = user(userDetails.loadUserByUsername(zone.admin()));
        MvcTestResult empty = mvc.get().uri("/admin/open311-keys").with(admin).exchange();
        assertThat(empty).hasStatusOk();
        assertThat(body(empty)).contains("Open311 接口密钥", "还没有 Open311 密钥");

        MvcTestResult refused = mvc.post()
                .uri("/admin/open311-keys")
                .with(admin)
                .with(csrf())
                .param("name", " ")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(body(refused)).contains("field-error");

        MvcTestResult issued = mvc.post()
                .uri("/admin/open311-keys")
                .with(admin)
                .with(csrf())
                .param("name", "12345 平台")
                .exchange();
        assertThat(issued).hasStatus3xxRedirection().hasRedirectedUrl("/admin/open311-keys");
        Object key = issued.getMvcResult().getFlashMap().get("issued");
        assertThat(key).isInstanceOf(Open311Keys.IssuedKey.class);
        String secret = ((Open311Keys.IssuedKey) key).apiKey();
        MvcTestResult shown = mvc.get()
                .uri("/admin/open311-keys")
                .with(admin)
                .flashAttr("issued", key)
                .exchange();
        assertThat(body(shown)).contains(secret, "12345 平台");
        MvcTestResult again =
                mvc.get().uri("/admin/open311-keys?lang=en").with(admin).exchange();
        assertThat(body(again)).doesNotContain(secret).contains("12345 平台", "Never", "Active");

        UUID id = ((Open311Keys.IssuedKey) key).id();
        MvcTestResult confirm = mvc.get()
                .uri("/admin/open311-keys/" + id + "/revoke")
                .with(admin)
                .exchange();
        assertThat(confirm).hasStatusOk();
        assertThat(body(confirm)).contains("confirm-revoke", "/admin/open311-keys/" + id + "/revoke");
        assertThat(mvc.post()
                        .uri("/admin/open311-keys/" + id + "/revoke")
                        .with(admin)
                        .with(csrf())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("select revoked_by from appeals.open311_key where zone_id = :zone and id = :id")
                        .param("zone", zone.id())
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(zone.admin());
        assertThat(body(mvc.get().uri("/admin/open311-keys").with(admin).exchange()))
                .contains("已吊销");

        var staff = user(userDetails.loadUserByUsername(zone.staff()));
        assertThat(mvc.get().uri("/admin/open311-keys").with(staff).exchange()).hasStatus(403);
    }
}
