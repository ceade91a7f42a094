package com.parkops.appeals;

import static com.parkops.appeals.AppealsFixture.act;
import static com.parkops.appeals.AppealsFixture.create;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestClock;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import com.parkops.zone.HolidayCalendars;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A day off added to (and taken out of) the zone's calendar moves the running deadlines of its
 * open appeals by one working day, counted from when each step began, with a system note in the
 * handling log and an audit entry; a closed appeal keeps what it had.
 */
@IntegrationTest
class AppealDeadlineRecountTests {

    /** Monday 2 March 2026, 10:00 in the zone (Asia/Shanghai): no holiday that week by default. */
    private static final Instant MONDAY =
            OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant();

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    HolidayCalendars calendars;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    AppealsFixture f;

    @BeforeEach
    void zone() {
        f = AppealsFixture.create(context);
        clock.set(MONDAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldMoveOpenDeadlinesByTheDayOffAddedAndBackWhenItIsRemoved() {
        String accepted = create(mvc, f.clerkA(), f.appeal("HELP", "POLICY", "申报政策咨询"));
        String dispatched = dispatched("企业用工招聘对接");
        String acknowledged = dispatched("厂房消防验收进度");
        step(acknowledged, f.first(), "acknowledge", Map.of());
        step(acknowledged, f.first(), "request-extension", Map.of("days", 2, "text", "需等待消防部门复核"));
        step(acknowledged, f.centre(), "approve-extension", Map.of());
        String replied = dispatched("门前路灯损坏");
        step(replied, f.first(), "acknowledge", Map.of());
        step(replied, f.first(), "start", Map.of());
        step(replied, f.first(), "reply", Map.of("text", "路灯已修复", "resolved", true));
        String closed = dispatched("污水管网接入");
        step(closed, f.first(), "acknowledge", Map.of());
        step(closed, f.first(), "start", Map.of());
        step(closed, f.first(), "reply", Map.of("text", "已接入", "resolved", true));
        step(closed, f.centre(), "revisit", Map.of("satisfaction", "SATISFIED"));
        step(closed, f.centre(), "close", Map.of());
        Deadlines closedBefore = deadlines(closed);

        assertThat(deadlines(accepted)).isEqualTo(new Deadlines(at("03-03 18:00"), null, null));
        assertThat(deadlines(dispatched)).isEqualTo(new Deadlines(at("03-03 18:00"), at("03-05 18:00"), null));
        assertThat(deadlines(acknowledged))
                .isEqualTo(new Deadlines(at("03-09 18:00"), at("03-09 18:00"), at("03-04 18:00")));
        assertThat(deadlines(replied).deadline()).isEqualTo(at("03-03 18:00"));

        clock.set(MONDAY.plusSeconds(3600));
        var year = calendars.add(
                f.zone().id(),
                2026,
                HolidayCalendars.Kind.HOLIDAY,
                new HolidayCalendars.Day(TUESDAY, "园区停电检修"),
                null,
                f.zone().admin());

        assertThat(deadlines(accepted)).isEqualTo(new Deadlines(at("03-04 18:00"), null, null));
        assertThat(deadlines(dispatched)).isEqualTo(new Deadlines(at("03-04 18:00"), at("03-06 18:00"), null));
        assertThat(deadlines(acknowledged))
                .isEqualTo(new Deadlines(at("03-10 18:00"), at("03-10 18:00"), at("03-05 18:00")));
        assertThat(deadlines(replied).deadline()).isEqualTo(at("03-04 18:00"));
        assertThat(deadlines(closed)).isEqualTo(closedBefore);
        assertThat(notes(closed)).isEmpty();

        List<Map<String, Object>> notes = notes(acknowledged);
        assertThat(notes).hasSize(1);
        Map<String, Object> note = notes.get(0);
        assertThat(note.get("actor")).isEqualTo("system");
        assertThat(note.get("state")).isEqualTo("ACKNOWLEDGED");
        assertThat((String) note.get("text"))
                .startsWith("2026 年节假日安排已调整")
                .contains("当前环节期限 2026-03-09 18:00 → 2026-03-10 18:00")
                .contains("可申请退回至 2026-03-04 18:00 → 2026-03-05 18:00");
        assertThat(((Timestamp) note.get("deadline")).toInstant()).isEqualTo(at("03-09 18:00"));
        assertThat(((Timestamp) note.get("next_deadline")).toInstant()).isEqualTo(at("03-10 18:00"));
        List<AuditRecord> history = audit.history(f.zone().id(), "appeal", caseNumber(acknowledged));
        assertThat(history.get(0).actor()).isEqualTo("system");
        assertThat(history.get(0).changes()).containsKey("deadline");

        calendars.remove(f.zone().id(), 2026, TUESDAY, year.version(), f.zone().admin());

        assertThat(deadlines(dispatched)).isEqualTo(new Deadlines(at("03-03 18:00"), at("03-05 18:00"), null));
        assertThat(deadlines(acknowledged))
                .isEqualTo(new Deadlines(at("03-09 18:00"), at("03-09 18:00"), at("03-04 18:00")));
        assertThat(notes(acknowledged)).hasSize(2);
    }

    @Test
    void shouldCountAReopenedReplyFromTheReopening() {
        String id = dispatched("厂区道路破损");
        step(id, f.first(), "acknowledge", Map.of());
        step(id, f.first(), "start", Map.of());
        step(id, f.first(), "reply", Map.of("text", "已修补", "resolved", false));
        step(id, f.centre(), "revisit", Map.of("satisfaction", "DISSATISFIED"));
        clock.set(OffsetDateTime.parse("2026-03-04T09:00:00+08:00").toInstant());
        step(id, f.centre(), "reopen", Map.of("text", "企业反映仍有坑洼"));
        assertThat(deadlines(id).deadline()).isEqualTo(at("03-09 18:00"));

        calendars.add(
                f.zone().id(),
                2026,
                HolidayCalendars.Kind.HOLIDAY,
                new HolidayCalendars.Day(TUESDAY, "园区停电检修"),
                null,
                f.zone().admin());

        assertThat(deadlines(id).deadline())
                .as("a day off before the reopening changes nothing")
                .isEqualTo(at("03-09 18:00"));
        assertThat(notes(id)).isEmpty();

        calendars.add(
                f.zone().id(),
                2026,
                HolidayCalendars.Kind.HOLIDAY,
                new HolidayCalendars.Day(LocalDate.of(2026, 3, 5), "园区停水"),
                calendars.year(f.zone().id(), 2026).version(),
                f.zone().admin());

        assertThat(deadlines(id)).isEqualTo(new Deadlines(at("03-10 18:00"), at("03-10 18:00"), null));
    }

    private record Deadlines(Instant deadline, Instant replyDeadline, Instant returnDeadline) {}

    /** A help request of enterprise A dispatched to the first department. */
    private String dispatched(String title) {
        String id = create(mvc, f.clerkA(), f.appeal("HELP", "POLICY", title));
        step(id, f.centre(), "dispatch", Map.of("departmentId", f.firstDepartment()));
        return id;
    }

    private void step(String id, String user, String action, Map<String, Object> body) {
        assertThat(act(mvc, user, id, action, body)).as(action).hasStatusOk();
    }

    private Deadlines deadlines(String id) {
        return jdbc.sql(
                        "select deadline, reply_deadline, return_deadline from appeals.appeal where zone_id = :zone and id = :id")
                .param("zone", f.zone().id())
                .param("id", UUID.fromString(id))
                .query((rs, n) -> new Deadlines(
                        instant(rs.getTimestamp("deadline")),
                        instant(rs.getTimestamp("reply_deadline")),
                        instant(rs.getTimestamp("return_deadline"))))
                .single();
    }

    private List<Map<String, Object>> notes(String id) {
        return jdbc.sql("""
                        select actor, to_state as state, text, deadline, next_deadline from appeals.appeal_event
                        where zone_id = :zone and appeal_id = :id and kind = 'NOTE' and actor = 'system' order by seq
                        """)
                .param("zone", f.zone().id())
                .param("id", UUID.fromString(id))
                .query()
                .listOfRows();
    }

    private String caseNumber(String id) {
        return jdbc.sql("select case_number from appeals.appeal where zone_id = :zone and id = :id")
                .param("zone", f.zone().id())
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
    }

    /** A time in March 2026 in the zone's time zone, e.g. {@code 03-04 18:00}. */
    private static Instant at(String monthDayTime) {
        return OffsetDateTime.parse("2026-" + monthDayTime.replace(' ', 'T') + ":00+08:00")
                .toInstant();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
