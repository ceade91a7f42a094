package com.parkops.zone;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Each user's inbox, through the API and the page, and the unread count in the top bar. */
@IntegrationTest
class NotificationInboxTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService principals;

    @Test
    void shouldListOnlyTheCallersOwnNotifications() {
        var zone = testZones.create();
        var staff = principal(zone.staff());
        var leader = principal(zone.leader());
        notifications.toUsers(zone.id(), List.of(staff.id()), message("诉求即将超期", "/notifications"));
        notifications.toUsers(zone.id(), List.of(leader.id()), message("诉求已超期 5 个工作日", null));

        assertThat(get(mvc, "/api/v1/zone/notifications", zone.staff()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].subject")
                .asArray()
                .containsExactly("诉求即将超期");
        assertThat(get(mvc, "/api/v1/zone/notifications/unread-count", zone.leader()))
                .bodyJson()
                .extractingPath("$.unread")
                .isEqualTo(1);
    }

    @Test
    void shouldMarkOnlyOnesOwnNotificationRead() {
        var zone = testZones.create();
        var staff = principal(zone.staff());
        var leader = principal(zone.leader());
        notifications.toUsers(zone.id(), List.of(staff.id(), leader.id()), message("新的诉求已分派", null));
        UUID leadersOwn =
                notifications.inbox(zone.id(), leader.id(), false, 10).get(0).id();

        assertThat(mvc.post()
                        .uri("/api/v1/zone/notifications/" + leadersOwn + "/read")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.staff())))
                .hasStatus(404);
        assertThat(notifications.unreadCount(zone.id(), leader.id())).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/api/v1/zone/notifications/" + leadersOwn + "/read")
                        .header(HttpHeaders.AUTHORIZATION, basic(zone.leader())))
                .hasStatus(204);
        assertThat(notifications.unreadCount(zone.id(), leader.id())).isZero();
        assertThat(notifications.unreadCount(zone.id(), staff.id())).isEqualTo(1);
    }

    @Test
    void shouldShowTheInboxAndTheUnreadCountInChineseAndEnglish() {
        var zone = testZones.create();
        var staff = principal(zone.staff());
        notifications.toUsers(zone.id(), List.of(staff.id()), message("诉求即将超期", "/registry/enterprises"));
        notifications.toUsers(zone.id(), List.of(staff.id()), message("请补充办理情况", null));

        assertThat(mvc.get().uri("/notifications").with(user(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("站内消息", "2 条未读", "诉求即将超期", "请补充办理情况", "标为已读", "全部标为已读");
        assertThat(mvc.get().uri("/notifications?lang=en").with(user(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("Messages", "2 unread", "Mark all read");
        assertThat(mvc.get().uri("/account").with(user(staff)))
                .hasStatusOk()
                .body()
                .asString()
                .contains("class=\"bell-count\"")
                .contains(">2</span>");
    }

    @Test
    void shouldOpenTheTargetAndMarkItRead() {
        var zone = testZones.create();
        var staff = principal(zone.staff());
        notifications.toUsers(zone.id(), List.of(staff.id()), message("诉求即将超期", "/registry/enterprises"));
        notifications.toUsers(zone.id(), List.of(staff.id()), message("外部链接", "//elsewhere.example/x"));
        var inbox = notifications.inbox(zone.id(), staff.id(), false, 10);
        UUID external = inbox.get(0).id();
        UUID internal = inbox.get(1).id();

        assertThat(mvc.post()
                        .uri("/notifications/" + internal + "/open")
                        .with(user(staff))
                        .with(csrf()))
                .hasRedirectedUrl("/registry/enterprises");
        assertThat(mvc.post()
                        .uri("/notifications/" + external + "/open")
                        .with(user(staff))
                        .with(csrf()))
                .hasRedirectedUrl("/notifications");
        assertThat(notifications.unreadCount(zone.id(), staff.id())).isZero();
    }

    @Test
    void shouldMarkAllReadFromThePage() {
        var zone = testZones.create();
        var staff = principal(zone.staff());
        notifications.toUsers(zone.id(), List.of(staff.id()), message("一", null));
        notifications.toUsers(zone.id(), List.of(staff.id()), message("二", null));

        assertThat(mvc.post().uri("/notifications/read-all").with(user(staff)).with(csrf()))
                .hasRedirectedUrl("/notifications");

        assertThat(notifications.unreadCount(zone.id(), staff.id())).isZero();
        assertThat(mvc.get().uri("/notifications?unread=true").with(user(staff)))
                .bodyText()
                .contains("没有未读消息");
    }

    @Test
    void shouldNotMarkAnotherUsersNotificationFromThePage() {
        var zone = testZones.create();
        var leader = principal(zone.leader());
        notifications.toUsers(zone.id(), List.of(leader.id()), message("仅限领导", null));
        UUID leadersOwn =
                notifications.inbox(zone.id(), leader.id(), false, 10).get(0).id();

        assertThat(mvc.post()
                        .uri("/notifications/" + leadersOwn + "/read")
                        .with(user(principal(zone.staff())))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(notifications.unreadCount(zone.id(), leader.id())).isEqualTo(1);
    }

    private static Notifications.Message message(String subject, String link) {
        return new Notifications.Message("appeal.reminder", subject, subject + "，请及时处理。", link);
    }

    private ZoneUser principal(String username) {
        return (ZoneUser) principals.loadUserByUsername(username);
    }
}
