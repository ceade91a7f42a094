package com.parkops.zone.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.NotifySettings;
import com.parkops.zone.NotifySettings.Changes;
import com.parkops.zone.NotifySettings.MailSecurity;
import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;
import com.parkops.zone.Users;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheduled retry: notifications a stopped instance never delivered are delivered late, failed
 * ones are tried again after their back-off until the attempts run out, and a batch whose robot
 * post is missing is posted once. Rows are written straight into the table, as a crash leaves them.
 */
@IntegrationTest
class NotificationRetryTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    TestZones testZones;

    @Autowired
    NotificationRetry retry;

    @Autowired
    NotifySettings settings;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    private HttpServer robot;

    @AfterEach
    void stopRobot() {
        if (robot != null) {
            robot.stop(0);
        }
    }

    @Test
    void shouldDeliverWhatAStoppedInstanceLeftPendingButNotWhatIsStillOnItsWay() throws Exception {
        var zone = testZones.create();
        saveMail(zone, smtp.getSmtp().getPort(), null);
        UUID staff = withEmail(zone, zone.staff(), "staff@parkops.test");
        UUID lost = insert(zone, staff, "诉求待签收：SQ2026-000007", "20 minutes", null, 0);
        UUID fresh = insert(zone, staff, "刚写入的通知", "1 minute", null, 0);

        retry.retryDue();

        assertThat(column(zone, lost, "email_status")).isEqualTo("SENT");
        assertThat(column(zone, lost, "email_attempts")).isEqualTo("1");
        assertThat(column(zone, lost, "webhook_status")).isEqualTo("SKIPPED");
        assertThat(column(zone, fresh, "email_status")).as("still on its way").isNull();
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("诉求待签收：SQ2026-000007");
    }

    @Test
    void shouldTryAFailedEmailAgainAfterItsBackOffUntilTheAttemptsRunOut() {
        var zone = testZones.create();
        saveMail(zone, smtp.getSmtp().getPort(), null);
        UUID staff = withEmail(zone, zone.staff(), "staff@parkops.test");
        // back-off 5 minutes after the first attempt, 10 after the second, …; 5 attempts at most
        UUID waiting = insert(zone, staff, "刚失败一次", "1 hour", "2 minutes", 1);
        UUID due = insert(zone, staff, "失败一次已过退避期", "1 hour", "6 minutes", 1);
        UUID secondWaiting = insert(zone, staff, "失败两次未过退避期", "1 hour", "6 minutes", 2);
        UUID exhausted = insert(zone, staff, "已失败五次", "3 hours", "2 hours", 5);
        UUID tooOld = insert(zone, staff, "两天前的通知", "2 days", "1 day", 1);

        retry.retryDue();

        assertThat(column(zone, due, "email_status")).isEqualTo("SENT");
        assertThat(column(zone, due, "email_attempts")).isEqualTo("2");
        assertThat(column(zone, due, "email_error")).isNull();
        for (UUID untouched : List.of(waiting, secondWaiting, exhausted, tooOld)) {
            assertThat(column(zone, untouched, "email_status")).isEqualTo("FAILED");
        }
        assertThat(column(zone, exhausted, "email_attempts")).isEqualTo("5");
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldCountAnAttemptThatFailsAgain() {
        var zone = testZones.create();
        saveMail(zone, closedPort(), null);
        UUID staff = withEmail(zone, zone.staff(), "staff@parkops.test");
        UUID failed = insert(zone, staff, "邮件服务器仍不可用", "1 hour", "30 minutes", 2);

        retry.retryDue();

        assertThat(column(zone, failed, "email_status")).isEqualTo("FAILED");
        assertThat(column(zone, failed, "email_attempts")).isEqualTo("3");
        assertThat(column(zone, failed, "email_error")).isNotBlank().isNotEqualTo("earlier failure");
    }

    @Test
    void shouldPostAMissingRobotMessageOncePerBatch() throws Exception {
        var zone = testZones.create();
        List<String> posts = startRobot();
        saveMail(
                zone,
                smtp.getSmtp().getPort(),
                "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot/send");
        UUID staff = withEmail(zone, zone.staff(), "staff@parkops.test");
        UUID leader = users.findByUsername(zone.leader()).orElseThrow().id();
        UUID batch = UUID.randomUUID();
        // the e-mails went out, then the instance stopped before posting to the group
        UUID first = insert(zone, staff, batch, "诉求超期督办", "15 minutes");
        UUID second = insert(zone, leader, batch, "诉求超期督办", "15 minutes");
        jdbc.sql("update zone.notification set email_status = 'SENT', email_attempts = 1, email_attempted_at = now()"
                        + " where zone_id = :zone and batch_id = :batch")
                .param("zone", zone.id())
                .param("batch", batch)
                .update();

        retry.retryDue();
        retry.retryDue();

        assertThat(posts).hasSize(1);
        assertThat(posts.get(0)).contains("诉求超期督办");
        assertThat(column(zone, first, "webhook_status")).isEqualTo("SENT");
        assertThat(column(zone, second, "webhook_status")).isEqualTo("SENT");
        assertThat(column(zone, second, "webhook_attempts")).isEqualTo("1");
        assertThat(smtp.getReceivedMessages())
                .as("the e-mails are not sent twice")
                .isEmpty();
    }

    /** A notification as a crash or an earlier failure left it. */
    private UUID insert(
            TestZones.TestZone zone, UUID user, String subject, String age, String failedAgo, int attempts) {
        UUID id = insert(zone, user, UUID.randomUUID(), subject, age);
        if (failedAgo != null) {
            jdbc.sql("""
                            update zone.notification set email_status = 'FAILED', email_error = 'earlier failure',
                                email_attempts = :attempts, email_attempted_at = now() - cast(:ago as interval),
                                webhook_status = 'SKIPPED', webhook_error = 'OFF', webhook_attempts = 1
                            where zone_id = :zone and id = :id
                            """)
                    .param("zone", zone.id())
                    .param("id", id)
                    .param("attempts", attempts)
                    .param("ago", failedAgo)
                    .update();
        }
        return id;
    }

    private UUID insert(TestZones.TestZone zone, UUID user, UUID batch, String subject, String age) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into zone.notification (zone_id, id, user_id, kind, subject, body, link, batch_id, created_at)
                        values (:zone, :id, :user, 'appeal.dispatch', :subject, :subject, '/appeals/7', :batch,
                                now() - cast(:age as interval))
                        """)
                .param("zone", zone.id())
                .param("id", id)
                .param("user", user)
                .param("subject", subject)
                .param("batch", batch)
                .param("age", age)
                .update();
        return id;
    }

    private void saveMail(TestZones.TestZone zone, int port, String webhookUrl) {
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
                        webhookUrl != null,
                        webhookUrl,
                        WebhookStyle.WECOM,
                        WebhookFormat.TEXT,
                        null,
                        false,
                        "https://parkops.example.cn/"),
                settings.get(zone.id()).version(),
                zone.admin());
    }

    private UUID withEmail(TestZones.TestZone zone, String username, String email) {
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
        return view.id();
    }

    private List<String> startRobot() throws IOException {
        List<String> posts = new CopyOnWriteArrayList<>();
        robot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        robot.createContext("/robot/send", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] response = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        robot.start();
        return posts;
    }

    private String column(TestZones.TestZone zone, UUID id, String column) {
        return jdbc.sql("select " + column + "::text from zone.notification where zone_id = :zone and id = :id")
                .param("zone", zone.id())
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static int closedPort() {
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
