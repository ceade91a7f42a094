package com.parkops.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.NotifySettings.Changes;
import com.parkops.zone.NotifySettings.MailSecurity;
import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Delivery after commit: e-mail to an in-process SMTP server (GreenMail), failures recorded
 * without touching the business write, and chat-robot JSON posted to an in-process HTTP server.
 */
@IntegrationTest
class NotificationDeliveryTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    Notifications notifications;

    @Autowired
    NotifySettings settings;

    @Autowired
    Users users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService principals;

    private final ObjectMapper json = new ObjectMapper();
    private HttpServer robot;

    /** What the in-process robot received: the request's query string and body. */
    record Post(String query, String body) {}

    @AfterEach
    void stopRobot() {
        if (robot != null) {
            robot.stop(0);
        }
    }

    @Test
    void shouldEmailEachRecipientWithAnAddressInUtf8() throws Exception {
        var zone = testZones.create();
        saveMail(zone, smtp.getSmtp().getPort());
        setEmail(zone, zone.staff(), "staff@parkops.test");
        UUID staff = id(zone.staff());
        UUID leader = id(zone.leader());

        transactions.executeWithoutResult(tx -> notifications.toUsers(
                zone.id(),
                List.of(staff, leader),
                new Notifications.Message(
                        "appeal.reminder", "诉求即将超期：2026-0012 号", "企业反映的用电问题还剩 1 个工作日办结。", "/appeals/12")));

        await().atMost(PATIENCE).until(() -> emailStatus(zone, leader) != null && emailStatus(zone, staff) != null);
        assertThat(emailStatus(zone, staff)).isEqualTo("SENT");
        assertThat(emailStatus(zone, leader)).isEqualTo("SKIPPED");
        assertThat(column(zone, leader, "email_error")).isEqualTo("NO_ADDRESS");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getRecipients(RecipientType.TO)[0].toString()).isEqualTo("staff@parkops.test");
        assertThat(received.getSubject()).isEqualTo("诉求即将超期：2026-0012 号");
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) received.getContent())
                .contains("企业反映的用电问题还剩 1 个工作日办结。")
                .contains("https://parkops.example.cn/appeals/12")
                .contains("园区运营平台自动发送");
        assertThat(received.getFrom()[0].toString()).contains("noreply@parkops.test");
    }

    @Test
    void shouldRecordAFailedDeliveryAndKeepTheBusinessWrite() {
        var zone = testZones.create();
        saveMail(zone, closedPort());
        setEmail(zone, zone.staff(), "staff@parkops.test");
        UUID staff = id(zone.staff());

        transactions.executeWithoutResult(tx -> {
            notifications.toUsers(zone.id(), List.of(staff), message("请在今天内答复企业诉求"));
            audit.record(new AuditEntry(zone.id(), "test", "appeal", "A-1", "remind", "催办", Map.of()));
        });

        await().atMost(PATIENCE).until(() -> emailStatus(zone, staff) != null);
        assertThat(emailStatus(zone, staff)).isEqualTo("FAILED");
        assertThat(column(zone, staff, "email_error")).isNotBlank();
        assertThat(column(zone, staff, "email_attempted_at")).isNotNull();
        assertThat(notifications.unreadCount(zone.id(), staff)).isEqualTo(1);
        assertThat(audit.history(zone.id(), "appeal", "A-1")).hasSize(1);
    }

    @Test
    void shouldNotHoldUpTheBusinessTransactionWhileTheMailServerHangs() throws Exception {
        var zone = testZones.create();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            // accepts connections (kernel backlog) but never greets: the client waits for its read timeout
            saveMail(zone, silent.getLocalPort());
            setEmail(zone, zone.staff(), "staff@parkops.test");
            UUID staff = id(zone.staff());

            long started = System.nanoTime();
            transactions.executeWithoutResult(tx -> notifications.toUsers(zone.id(), List.of(staff), message("诉求已超期")));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(2));
            assertThat(emailStatus(zone, staff)).as("still on its way").isNull();
            await().atMost(PATIENCE).until(() -> emailStatus(zone, staff) != null);
            assertThat(emailStatus(zone, staff)).isEqualTo("FAILED");
        }
    }

    @Test
    void shouldPostOneWeComTextMessagePerBatch() throws Exception {
        var zone = testZones.create();
        List<Post> posts = startRobot(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        saveWebhook(zone, WebhookStyle.WECOM, WebhookFormat.TEXT, null);
        UUID staff = id(zone.staff());
        UUID leader = id(zone.leader());

        transactions.executeWithoutResult(tx -> notifications.toUsers(
                zone.id(),
                List.of(staff, leader),
                new Notifications.Message("appeal.escalated", "诉求超期升级", "2026-0012 号已超期 6 个工作日。", "/appeals/12")));

        await().atMost(PATIENCE).until(() -> webhookStatus(zone, staff) != null && webhookStatus(zone, leader) != null);
        assertThat(webhookStatus(zone, staff)).isEqualTo("SENT");
        assertThat(webhookStatus(zone, leader)).isEqualTo("SENT");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).query()).isEqualTo("key=robot-key");
        JsonNode body = json.readTree(posts.get(0).body());
        assertThat(body.get("msgtype").asString()).isEqualTo("text");
        assertThat(body.get("text").get("content").asString())
                .contains("诉求超期升级", "2026-0012 号已超期 6 个工作日。", "https://parkops.example.cn/appeals/12");
        assertThat(emailStatus(zone, staff)).isEqualTo("SKIPPED");
        assertThat(column(zone, staff, "email_error")).isEqualTo("OFF");
    }

    @Test
    void shouldSignDingTalkMarkdownMessages() throws Exception {
        var zone = testZones.create();
        List<Post> posts = startRobot(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        saveWebhook(zone, WebhookStyle.DINGTALK, WebhookFormat.MARKDOWN, "SEC-test-secret");
        UUID staff = id(zone.staff());

        transactions.executeWithoutResult(tx -> notifications.toUsers(
                zone.id(),
                List.of(staff),
                new Notifications.Message("appeal.reminder", "催办提醒", "请在明天前答复。", "/appeals/7")));

        await().atMost(PATIENCE).until(() -> webhookStatus(zone, staff) != null);
        assertThat(webhookStatus(zone, staff)).isEqualTo("SENT");
        assertThat(posts.get(0).query()).startsWith("key=robot-key&timestamp=").contains("&sign=");
        JsonNode body = json.readTree(posts.get(0).body());
        assertThat(body.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(body.get("markdown").get("title").asString()).isEqualTo("催办提醒");
        assertThat(body.get("markdown").get("text").asString())
                .contains("催办提醒", "请在明天前答复。", "(https://parkops.example.cn/appeals/7)");
    }

    @Test
    void shouldRecordARobotThatRefused() throws Exception {
        var zone = testZones.create();
        startRobot(200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");
        saveWebhook(zone, WebhookStyle.WECOM, WebhookFormat.TEXT, null);
        UUID staff = id(zone.staff());

        transactions.executeWithoutResult(tx -> notifications.toUsers(zone.id(), List.of(staff), message("诉求已办结")));

        await().atMost(PATIENCE).until(() -> webhookStatus(zone, staff) != null);
        assertThat(webhookStatus(zone, staff)).isEqualTo("FAILED");
        assertThat(column(zone, staff, "webhook_error")).contains("93000");
    }

    @Test
    void shouldSendATestEmailFromTheSettingsPage() throws Exception {
        var zone = testZones.create();
        saveMail(zone, smtp.getSmtp().getPort());

        assertThat(mvc.post()
                        .uri("/admin/notify-settings/test-email")
                        .with(user(principals.loadUserByUsername(zone.admin())))
                        .with(csrf())
                        .param("to", "admin@parkops.test"))
                .hasRedirectedUrl("/admin/notify-settings")
                .flash()
                .containsEntry("flash", "测试邮件已发送到 admin@parkops.test");

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("园区运营平台测试消息");
    }

    @Test
    void shouldReportAFailedTestEmail() {
        var zone = testZones.create();
        saveMail(zone, closedPort());

        var result = settings.sendTestEmail(zone.id(), "admin@parkops.test", java.util.Locale.SIMPLIFIED_CHINESE);

        assertThat(result.sent()).isFalse();
        assertThat(result.error()).isNotBlank();
    }

    private void saveMail(TestZones.TestZone zone, int port) {
        settings.save(
                zone.id(),
                new Changes(
                        true,
                        "127.0.0.1",
                        port,
                        null,
                        null,
                        false,
                        "园区管委会 <noreply@parkops.test>",
                        MailSecurity.NONE,
                        false,
                        null,
                        WebhookStyle.WECOM,
                        WebhookFormat.TEXT,
                        null,
                        false,
                        "https://parkops.example.cn/"),
                settings.get(zone.id()).version(),
                zone.admin());
    }

    private void saveWebhook(TestZones.TestZone zone, WebhookStyle style, WebhookFormat format, String secret) {
        settings.save(
                zone.id(),
                new Changes(
                        false,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        MailSecurity.STARTTLS,
                        true,
                        "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot/send?key=robot-key",
                        style,
                        format,
                        secret,
                        false,
                        "https://parkops.example.cn"),
                settings.get(zone.id()).version(),
                zone.admin());
    }

    private List<Post> startRobot(int status, String answer) throws IOException {
        List<Post> posts = new CopyOnWriteArrayList<>();
        robot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        robot.createContext("/robot/send", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            posts.add(new Post(exchange.getRequestURI().getRawQuery(), new String(request, StandardCharsets.UTF_8)));
            byte[] response = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        robot.start();
        return posts;
    }

    private void setEmail(TestZones.TestZone zone, String username, String email) {
        var view = users.findByUsername(username).orElseThrow();
        users.update(
                zone.id(),
                view.id(),
                view.version(),
                new Users.UserChanges(
                        view.displayName(),
                        view.role(),
                        view.departmentId(),
                        view.enterpriseId(),
                        email,
                        view.phone(),
                        true),
                "test");
    }

    private UUID id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private String emailStatus(TestZones.TestZone zone, UUID user) {
        return column(zone, user, "email_status");
    }

    private String webhookStatus(TestZones.TestZone zone, UUID user) {
        return column(zone, user, "webhook_status");
    }

    private String column(TestZones.TestZone zone, UUID user, String column) {
        return jdbc.sql("select " + column + "::text from zone.notification where zone_id = :zone and user_id = :user")
                .param("zone", zone.id())
                .param("user", user)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static Notifications.Message message(String subject) {
        return new Notifications.Message("appeal.reminder", subject, subject, null);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
