package com.parkops.projects.domain;

import com.parkops.projects.MeetingProblem;
import com.parkops.projects.NewMeeting;
import com.parkops.projects.NewProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dispatch meetings and problems in {@code projects.meeting} and {@code projects.problem}. */
@Repository
class DispatchMeetingStore {

    /** A meeting's head. */
    record Head(UUID id, LocalDate heldOn, String chair, String attendees, String minutes, String createdBy) {}

    /** A problem with its meeting. */
    record StoredProblem(UUID id, UUID meetingId, UUID projectId, String text, UUID departmentId) {}

    private final JdbcClient jdbc;

    DispatchMeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID zoneId, UUID id, NewMeeting meeting, String actor, Instant at) {
        jdbc.sql("""
                insert into projects.meeting (zone_id, id, held_on, chair, attendees, minutes, created_by, created_at)
                values (:zone, :id, :heldOn, :chair, :attendees, :minutes, :actor, :at)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("heldOn", meeting.heldOn())
                .param("chair", meeting.chair())
                .param("attendees", meeting.attendees())
                .param("minutes", meeting.minutes())
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    void insertProblem(UUID zoneId, UUID id, UUID meetingId, NewProblem problem, String actor, Instant at) {
        jdbc.sql("""
                insert into projects.problem (zone_id, id, meeting_id, project_id, text, department_id, created_by,
                    created_at)
                values (:zone, :id, :meeting, :project, :text, :department, :actor, :at)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("meeting", meetingId)
                .param("project", problem.projectId())
                .param("text", problem.text())
                .param("department", problem.departmentId())
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    List<Head> list(UUID zoneId) {
        return jdbc.sql("select * from projects.meeting where zone_id = :zone order by held_on desc, created_at desc")
                .param("zone", zoneId)
                .query((rs, n) -> head(rs))
                .list();
    }

    Optional<Head> find(UUID zoneId, UUID id) {
        return jdbc.sql("select * from projects.meeting where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> head(rs))
                .optional();
    }

    Optional<StoredProblem> problem(UUID zoneId, UUID id) {
        return jdbc.sql("select id, meeting_id, project_id, text, department_id from projects.problem"
                        + " where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> new StoredProblem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("meeting_id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        rs.getString("text"),
                        rs.getObject("department_id", UUID.class)))
                .optional();
    }

    /** The meeting's problems, with project name filled in later by the caller. */
    List<MeetingProblem> problems(UUID zoneId, UUID meetingId) {
        return jdbc.sql("""
                select p.id, p.project_id, p.text, p.department_id, o.id as order_id, o.number
                from projects.problem p
                left join projects.supervision_order o on o.zone_id = p.zone_id and o.problem_id = p.id
                where p.zone_id = :zone and p.meeting_id = :meeting order by p.created_at, p.id
                """)
                .param("zone", zoneId)
                .param("meeting", meetingId)
                .query((rs, n) -> new MeetingProblem(
                        rs.getObject("id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        null,
                        rs.getString("text"),
                        rs.getObject("department_id", UUID.class),
                        rs.getObject("order_id", UUID.class),
                        rs.getString("number")))
                .list();
    }

    private static Head head(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Head(
                rs.getObject("id", UUID.class),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("chair"),
                rs.getString("attendees"),
                rs.getString("minutes"),
                rs.getString("created_by"));
    }
}
