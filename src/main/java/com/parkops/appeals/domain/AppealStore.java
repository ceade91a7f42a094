package com.parkops.appeals.domain;

import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Outcome;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appeals and their handling log in the {@code appeals} schema. */
@Component
class AppealStore {

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID zoneId, Intake in, WorkflowState s) {
        jdbc.sql("""
                insert into appeals.appeal (zone_id, id, case_number, type, channel, category_id, urgency, title, content,
                    enterprise_id, enterprise_name, credit_code, contact_name, contact_phone, meeting_id, workers_involved,
                    amount_owed, amount_recovered, received_at, received_by, state, deadline)
                values (:zone, :id, :caseNumber, :type, :channel, :category, :urgency, :title, :content, :enterprise,
                    :enterpriseName, :creditCode, :contactName, :contactPhone, :meeting, :workers, :owed, :recovered,
                    :receivedAt, :receivedBy, :state, :deadline)
                """)
                .param("zone", zoneId)
                .param("id", s.id)
                .param("caseNumber", in.caseNumber())
                .param("type", in.type().name())
                .param("channel", in.channel().name())
                .param("category", in.categoryId())
                .param("urgency", in.urgency().name())
                .param("title", in.title())
                .param("content", in.content())
                .param("enterprise", in.enterpriseId())
                .param("enterpriseName", in.enterpriseName())
                .param("creditCode", in.creditCode())
                .param("contactName", in.contactName())
                .param("contactPhone", in.contactPhone())
                .param("meeting", in.meetingId())
                .param("workers", in.workersInvolved())
                .param("owed", in.amountOwed())
                .param("recovered", in.amountRecovered())
                .param("receivedAt", ts(s.receivedAt))
                .param("receivedBy", in.receivedBy())
                .param("state", s.state.name())
                .param("deadline", ts(s.deadline))
                .update();
    }

    /** The appeal if it is in the scope. */
    Optional<StoredAppeal> load(UUID zoneId, UUID id, Scope scope) {
        return jdbc.sql("select a.* from appeals.appeal a where a.zone_id = :zone and a.id = :id and "
                        + scope.condition())
                .param("zone", zoneId)
                .param("id", id)
                .params(scope.params())
                .query((rs, n) -> new StoredAppeal(intake(rs), workflow(rs)))
                .optional();
    }

    /** Writes the workflow columns; a version changed since loading fails and writes nothing. */
    void update(UUID zoneId, WorkflowState s) {
        int changed = jdbc.sql("""
                update appeals.appeal set state = :state, department_id = :department, deadline = :deadline,
                    reply_deadline = :reply, return_deadline = :returnBy, extension_days = :extensionDays,
                    pending_extension_days = :pendingDays, pending_extension_reason = :pendingReason,
                    pending_return_reason = :returnReason, resolved = :resolved, satisfaction = :satisfaction,
                    outcome = :outcome, merged_into = :mergedInto, closed_at = :closedAt,
                    reminded_deadline = :reminded, escalated = :escalated, version = version + 1, updated_at = now()
                where zone_id = :zone and id = :id and version = :version
                """)
                .param("zone", zoneId)
                .param("id", s.id)
                .param("version", s.version)
                .param("state", s.state.name())
                .param("department", s.departmentId)
                .param("deadline", ts(s.deadline))
                .param("reply", ts(s.replyDeadline))
                .param("returnBy", ts(s.returnDeadline))
                .param("extensionDays", s.extensionDays)
                .param("pendingDays", s.pendingExtensionDays)
                .param("pendingReason", s.pendingExtensionReason)
                .param("returnReason", s.pendingReturnReason)
                .param("resolved", s.resolved)
                .param("satisfaction", s.satisfaction == null ? null : s.satisfaction.name())
                .param("outcome", s.outcome == null ? null : s.outcome.name())
                .param("mergedInto", s.mergedInto)
                .param("closedAt", ts(s.closedAt))
                .param("reminded", ts(s.remindedDeadline))
                .param("escalated", s.escalated)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("appeal " + s.id + " changed since it was read");
        }
    }

    void updateLabour(UUID zoneId, UUID id, Integer workers, BigDecimal owed, BigDecimal recovered) {
        jdbc.sql("""
                update appeals.appeal set workers_involved = :workers, amount_owed = :owed,
                    amount_recovered = :recovered, updated_at = now()
                where zone_id = :zone and id = :id
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("workers", workers)
                .param("owed", owed)
                .param("recovered", recovered)
                .update();
    }

    /** Appends the steps to the appeal's handling log, numbered after the last one. */
    void append(UUID zoneId, UUID appealId, List<LoggedEvent> events) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) from appeals.appeal_event where zone_id = :zone"
                        + " and appeal_id = :appeal")
                .param("zone", zoneId)
                .param("appeal", appealId)
                .query(Integer.class)
                .single();
        for (LoggedEvent e : events) {
            jdbc.sql("""
                    insert into appeals.appeal_event (zone_id, appeal_id, seq, id, kind, from_state, to_state, at, actor,
                        actor_id, actor_role, actor_department_id, department_id, assigned_department_id, redispatch,
                        text, satisfaction, resolved, extension_days, deadline, next_deadline, on_time,
                        overdue_working_days, working_days_taken)
                    values (:zone, :appeal, :seq, :id, :kind, :from, :to, :at, :actor, :actorId, :role, :actorDepartment,
                        :department, :assigned, :redispatch, :text, :satisfaction, :resolved, :days, :deadline, :next,
                        :onTime, :overdue, :taken)
                    """)
                    .param("zone", zoneId)
                    .param("appeal", appealId)
                    .param("seq", ++seq)
                    .param("id", UUID.randomUUID())
                    .param("kind", e.kind().name())
                    .param("from", e.fromState() == null ? null : e.fromState().name())
                    .param("to", e.toState().name())
                    .param("at", ts(e.at()))
                    .param("actor", e.actor().username())
                    .param("actorId", e.actor().userId())
                    .param(
                            "role",
                            e.actor().role() == null ? null : e.actor().role().name())
                    .param("actorDepartment", e.actor().departmentId())
                    .param("department", e.departmentId())
                    .param("assigned", e.assignedDepartmentId())
                    .param("redispatch", e.redispatch())
                    .param("text", e.text())
                    .param(
                            "satisfaction",
                            e.satisfaction() == null ? null : e.satisfaction().name())
                    .param("resolved", e.resolved())
                    .param("days", e.extensionDays())
                    .param("deadline", ts(e.deadline()))
                    .param("next", ts(e.nextDeadline()))
                    .param("onTime", e.onTime())
                    .param("overdue", e.overdueWorkingDays())
                    .param("taken", e.workingDaysTaken())
                    .update();
        }
    }

    static Intake intake(ResultSet rs) throws SQLException {
        Integer workers = rs.getObject("workers_involved", Integer.class);
        return new Intake(
                rs.getString("case_number"),
                AppealType.valueOf(rs.getString("type")),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("category_id", UUID.class),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getString("title"),
                rs.getString("content"),
                rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"),
                rs.getString("credit_code"),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getObject("meeting_id", UUID.class),
                workers,
                rs.getBigDecimal("amount_owed"),
                rs.getBigDecimal("amount_recovered"),
                rs.getString("received_by"));
    }

    static WorkflowState workflow(ResultSet rs) throws SQLException {
        WorkflowState s = new WorkflowState();
        s.id = rs.getObject("id", UUID.class);
        s.type = AppealType.valueOf(rs.getString("type"));
        s.urgency = Urgency.valueOf(rs.getString("urgency"));
        s.receivedAt = instant(rs, "received_at");
        s.state = AppealState.valueOf(rs.getString("state"));
        s.departmentId = rs.getObject("department_id", UUID.class);
        s.deadline = instant(rs, "deadline");
        s.replyDeadline = instant(rs, "reply_deadline");
        s.returnDeadline = instant(rs, "return_deadline");
        s.extensionDays = rs.getInt("extension_days");
        s.pendingExtensionDays = rs.getObject("pending_extension_days", Integer.class);
        s.pendingExtensionReason = rs.getString("pending_extension_reason");
        s.pendingReturnReason = rs.getString("pending_return_reason");
        s.resolved = rs.getObject("resolved", Boolean.class);
        String satisfaction = rs.getString("satisfaction");
        s.satisfaction = satisfaction == null ? null : Satisfaction.valueOf(satisfaction);
        String outcome = rs.getString("outcome");
        s.outcome = outcome == null ? null : Outcome.valueOf(outcome);
        s.mergedInto = rs.getObject("merged_into", UUID.class);
        s.closedAt = instant(rs, "closed_at");
        s.remindedDeadline = instant(rs, "reminded_deadline");
        s.escalated = rs.getBoolean("escalated");
        s.version = rs.getInt("version");
        return s;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A moment as a {@code timestamptz} parameter, unambiguous whatever the session's time zone. */
    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
