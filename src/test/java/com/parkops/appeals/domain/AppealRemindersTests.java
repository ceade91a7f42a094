package com.parkops.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealIntake;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Channel;
import com.parkops.appeals.NewAppeal;
import com.parkops.support.IntegrationTest;
import com.parkops.support.TestZones;
import com.parkops.zone.ZoneUser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Automatic 催办 once per deadline, and 督办 to the leaders past five working days, once. */
@IntegrationTest
class AppealRemindersTests {

    @Autowired
    AppealReminders reminders;

    @Autowired
    AppealIntake intake;

    @Autowired
    AppealCategories categories;

    @Autowired
    TestZones zones;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRemindOnceAtTheDeadlineAndEscalateOnceWhenLongOverdue() {
        var zone = zones.create();
        ZoneUser admin = (ZoneUser) users.loadUserByUsername(zone.admin());
        UUID category = categories.list(zone.id()).get(0).id();
        UUID id = intake.receive(
                        admin,
                        new NewAppeal(
                                AppealType.HELP,
                                Channel.HOTLINE,
                                category,
                                null,
                                "逾期测试",
                                "内容",
                                null,
                                "某企业",
                                null,
                                null,
                                null,
                                zone.departmentId(),
                                null,
                                null,
                                null,
                                null),
                        List.of())
                .id();
        deadline(id, Instant.now().minus(2, ChronoUnit.HOURS));

        reminders.remindOverdue();
        reminders.remindOverdue();
        assertThat(kinds(id)).containsExactly("RECEIVE", "DISPATCH", "REMIND");
        assertThat(inbox(zone.staff())).containsExactly("appeal.dispatch", "appeal.remind");

        deadline(id, Instant.now().minus(20, ChronoUnit.DAYS));
        reminders.remindOverdue();
        reminders.remindOverdue();
        assertThat(kinds(id)).containsExactly("RECEIVE", "DISPATCH", "REMIND", "REMIND", "ESCALATE");
        assertThat(inbox(zone.leader())).containsExactly("appeal.escalate");
        UUID waiting = intake.receive(
                        admin,
                        new NewAppeal(
                                AppealType.HELP,
                                Channel.HOTLINE,
                                category,
                                null,
                                "待派单逾期",
                                "内容",
                                null,
                                "某企业",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        List.of())
                .id();
        deadline(waiting, Instant.now().minus(1, ChronoUnit.HOURS));
        reminders.remindOverdue();
        assertThat(kinds(waiting)).containsExactly("RECEIVE", "REMIND");
        assertThat(inbox(zone.admin())).containsExactly("appeal.remind");
        assertThat(inbox(zone.staff())).containsExactly("appeal.dispatch", "appeal.remind", "appeal.remind");
        assertThat(jdbc.sql("select actor from appeals.appeal_event where zone_id = :zone and appeal_id = :id"
                                + " and kind = 'ESCALATE'")
                        .param("zone", zone.id())
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("system");
    }

    private void deadline(UUID id, Instant deadline) {
        jdbc.sql("update appeals.appeal set deadline = :deadline where id = :id")
                .param("deadline", AppealStore.ts(deadline))
                .param("id", id)
                .update();
    }

    private List<String> kinds(UUID id) {
        return jdbc.sql("select kind from appeals.appeal_event where appeal_id = :id order by seq")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private List<String> inbox(String username) {
        return jdbc.sql("""
                select n.kind from zone.notification n join zone.user_account u on u.zone_id = n.zone_id
                    and u.id = n.user_id
                where u.username = :name order by n.created_at
                """).param("name", username).query(String.class).list();
    }
}
