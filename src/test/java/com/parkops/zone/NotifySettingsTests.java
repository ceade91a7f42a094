package com.parkops.zone;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The delivery settings page and API: administrators only, validated, secrets never shown back nor audited. */
@IntegrationTest
class NotifySettingsTests {

    private static final String PASSWORD = "smtp-Pa55-secret";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    NotifySettings settings;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldRenderTheSettingsPageInChineseAndEnglish() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/admin/notify-settings").with(user(principals.loadUserByUsername(zone.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains("消息推送设置", "SMTP 服务器", "企业微信群机器人", "发送测试邮件", "最近的推送记录");
        assertThat(mvc.get()
                        .uri("/admin/notify-settings?lang=en")
                        .with(user(principals.loadUserByUsername(zone.admin()))))
                .hasStatusOk()
                .bodyText()
                .contains("Notification delivery", "SMTP server", "DingTalk custom robot", "Send test e-mail");
    }

    @Test
    void shouldSaveFromThePageKeepThePasswordAndNeverShowIt() {
        var zone = testZones.create();

        assertThat(save(zone, "smtp.parkops.test", "587", PASSWORD, "0")).hasRedirectedUrl("/admin/notify-settings");
        assertThat(save(zone, "mail.parkops.test", "587", "", "1")).hasRedirectedUrl("/admin/notify-settings");

        var stored = settings.get(zone.id());
        assertThat(stored.smtpHost()).isEqualTo("mail.parkops.test");
        assertThat(stored.smtpPasswordSet()).isTrue();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(mvc.get().uri("/admin/notify-settings").with(user(principals.loadUserByUsername(zone.admin()))))
                .body()
                .asString()
                .contains("mail.parkops.test")
                .doesNotContain(PASSWORD);
        assertThat(get(mvc, "/api/v1/zone/notify-settings", zone.admin()))
                .hasStatusOk()
                .body()
                .asString()
                .contains("\"smtpPasswordSet\":true")
                .doesNotContain(PASSWORD);
        var history = audit.history(zone.id(), "notify-settings", zone.id().toString());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).changes().get("smtpPassword").to()).isEqualTo("set");
        assertThat(history.get(0).changes()).containsOnlyKeys("smtpHost");
        assertThat(history.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void shouldShowWhatIsMissingWhenMailIsTurnedOn() {
        var zone = testZones.create();

        var refused = save(zone, "", "70000", PASSWORD, "0");

        assertThat(refused)
                .hasStatusOk()
                .model()
                .extractingBindingResult("form")
                .hasFieldErrors("smtpHost", "smtpPort");
        assertThat(refused).body().asString().contains("端口须在 1 至 65535 之间").doesNotContain(PASSWORD);
        assertThat(settings.get(zone.id()).version()).isZero();
    }

    @Test
    void shouldRefuseInvalidSettingsThroughTheApiWith422AndStaleOnesWith409() {
        var zone = testZones.create();

        assertThat(put(zone.admin(), """
                        {"mailEnabled":true,"smtpHost":"smtp.parkops.test","smtpPort":25,"mailFrom":"not an address",
                         "webhookEnabled":true,"webhookUrl":"ftp://robot","version":0}
                        """))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("mailFrom", "webhookUrl");
        assertThat(put(zone.admin(), """
                        {"mailEnabled":false,"webhookEnabled":false,"version":0}
                        """)).hasStatusOk();
        assertThat(put(zone.admin(), """
                        {"mailEnabled":false,"webhookEnabled":false,"version":0}
                        """)).hasStatus(409);
    }

    @Test
    void shouldKeepNonAdministratorsOut() {
        var zone = testZones.create();

        assertThat(mvc.get().uri("/admin/notify-settings").with(user(principals.loadUserByUsername(zone.leader()))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/notify-settings").with(user(principals.loadUserByUsername(zone.staff()))))
                .hasStatus(403);
        assertThat(get(mvc, "/api/v1/zone/notify-settings", zone.leader())).hasStatus(403);
        assertThat(put(zone.staff(), "{\"version\":0}")).hasStatus(403);
    }

    private MvcTestResult save(TestZones.TestZone zone, String host, String port, String password, String version) {
        return mvc.post()
                .uri("/admin/notify-settings")
                .with(user(principals.loadUserByUsername(zone.admin())))
                .with(csrf())
                .param("mailEnabled", "true")
                .param("smtpHost", host)
                .param("smtpPort", port)
                .param("mailSecurity", "STARTTLS")
                .param("smtpUsername", "robot")
                .param("smtpPassword", password)
                .param("mailFrom", "noreply@parkops.test")
                .param("webhookStyle", "WECOM")
                .param("webhookFormat", "TEXT")
                .param("version", version)
                .exchange();
    }

    private MvcTestResult put(String user, String body) {
        return mvc.put()
                .uri("/api/v1/zone/notify-settings")
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
