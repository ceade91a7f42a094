package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.parkops.support.IntegrationTest;
import com.parkops.zone.Notifications;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An appeal's notifications are stored with their message keys: each reader's inbox shows them in
 * the reader's language, while the stored texts (e-mail, robot) stay in the zone's; a message
 * stored without keys, as every one before, reads as it was written.
 */
@IntegrationTest
class AppealNotificationLanguageTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldShowTheDispatchNoticeInTheReadersLanguage() {
        AppealsFixture f = AppealsFixture.create(context);
        String id = create(mvc, f.clerkA(), f.appeal("HELP", "POLICY", "技改补贴申报"));
        assertThat(act(mvc, f.centre(), id, "dispatch", Map.of("departmentId", f.firstDepartment())))
                .hasStatusOk();
        String caseNumber = jdbc.sql("select case_number from appeals.appeal where zone_id = :zone and id = :id::uuid")
                .param("zone", f.zone().id())
                .param("id", id)
                .query(String.class)
                .single();
        ZoneUser staff = (ZoneUser) principals.loadUserByUsername(f.first());
        notifications.toUsers(
                f.zone().id(),
                List.of(staff.id()),
                new Notifications.Message("appeal.note", "旧版通知：请核对台账", "旧版正文", null));

        assertThat(mvc.get().uri("/notifications?lang=en").with(user(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("New appeal: " + caseNumber)
                .contains("Appeal " + caseNumber + " &quot;技改补贴申报&quot; was dispatched to your department")
                .contains("旧版通知：请核对台账")
                .doesNotContain("新派诉求");
        assertThat(mvc.get().uri("/notifications?lang=zh_CN").with(user(staff)))
                .hasStatusOk()
                .bodyText()
                .contains("新派诉求：" + caseNumber)
                .contains("诉求 " + caseNumber + "“技改补贴申报”已派至本部门")
                .contains("旧版通知：请核对台账");
        assertThat(jdbc.sql("""
                        select subject from zone.notification
                        where zone_id = :zone and user_id = :user and subject_key = 'appeals.notify.DISPATCH.subject'
                        """)
                        .param("zone", f.zone().id())
                        .param("user", staff.id())
                        .query(String.class)
                        .single())
                .as("stored in the zone's language for e-mail and the robot")
                .isEqualTo("新派诉求：" + caseNumber);
    }
}
