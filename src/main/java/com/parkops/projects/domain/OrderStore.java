package com.parkops.projects.domain;

import com.parkops.projects.OrderFilter;
import com.parkops.projects.OrderState;
import com.parkops.projects.OrderStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision orders and their steps in {@code projects.supervision_order} and {@code projects.order_event}. */
@Repository
class OrderStore {

    /** An order as stored. */
    record Stored(
            UUID id,
            String number,
            UUID problemId,
            UUID meetingId,
            UUID projectId,
            String problem,
            UUID departmentId,
            UUID issuerDepartmentId,
            String issuedBy,
            LocalDate issuedOn,
            LocalDate deadline,
            OrderState state,
            String reply,
            String repliedBy,
            Instant repliedAt,
            String closedBy,
            LocalDate closedOn,
            int returns,
            int version) {}

    private static final String SELECT = """
            select o.*, p.meeting_id, p.text as problem from projects.supervision_order o
            join projects.problem p on p.zone_id = o.zone_id and p.id = o.problem_id
            """;

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber(UUID zoneId, String prefix, int year) {
        String start = prefix + year + "-";
        int last = jdbc.sql("""
                select coalesce(max(cast(substring(number from :from) as integer)), 0) from projects.supervision_order
                where zone_id = :zone and number like :pattern
                """)
                .param("zone", zoneId)
                .param("from", start.length() + 1)
                .param("pattern", start + "%")
                .query(Integer.class)
                .single();
        return start + String.format("%03d", last + 1);
    }

    void insert(UUID zoneId, Stored order) {
        jdbc.sql("""
                insert into projects.supervision_order (zone_id, id, number, problem_id, project_id, department_id,
                    issuer_department_id, issued_by, issued_on, deadline, state)
                values (:zone, :id, :number, :problem, :project, :department, :issuer, :by, :on, :deadline, 'ISSUED')
                """)
                .param("zone", zoneId)
                .param("id", order.id())
                .param("number", order.number())
                .param("problem", order.problemId())
                .param("project", order.projectId())
                .param("department", order.departmentId())
                .param("issuer", order.issuerDepartmentId())
                .param("by", order.issuedBy())
                .param("on", order.issuedOn())
                .param("deadline", order.deadline())
                .update();
    }

    boolean exists(UUID zoneId, UUID problemId) {
        return jdbc.sql("select count(*) from projects.supervision_order where zone_id = :zone and problem_id = :p")
                        .param("zone", zoneId)
                        .param("p", problemId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Records the department's reply; false when the version is stale. */
    boolean reply(UUID zoneId, UUID id, int version, String text, String actor, Instant at) {
        return jdbc.sql("""
                update projects.supervision_order set state = 'REPLIED', reply = :text, replied_by = :actor,
                    replied_at = :at, version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .param("text", text)
                        .param("actor", actor)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** Closes the order (销号); false when the version is stale. */
    boolean close(UUID zoneId, UUID id, int version, String actor, LocalDate on, Instant at) {
        return jdbc.sql("""
                update projects.supervision_order set state = 'CLOSED', closed_by = :actor, closed_on = :on,
                    closed_at = :at, version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .param("actor", actor)
                        .param("on", on)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** Sends the reply back: the order is issued again; false when the version is stale. */
    boolean sendBack(UUID zoneId, UUID id, int version) {
        return jdbc.sql("""
                update projects.supervision_order set state = 'ISSUED', returns = returns + 1, version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void step(UUID zoneId, UUID orderId, String action, String text, String actor, Instant at) {
        jdbc.sql("""
                insert into projects.order_event (zone_id, order_id, seq, action, text, actor, at)
                values (:zone, :order, (select coalesce(max(seq), 0) + 1 from projects.order_event
                    where zone_id = :zone and order_id = :order), :action, :text, :actor, :at)
                """)
                .param("zone", zoneId)
                .param("order", orderId)
                .param("action", action)
                .param("text", text)
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    List<OrderStep> steps(UUID zoneId, UUID orderId) {
        return jdbc.sql("select * from projects.order_event where zone_id = :zone and order_id = :order order by seq")
                .param("zone", zoneId)
                .param("order", orderId)
                .query((rs, n) -> new OrderStep(
                        rs.getInt("seq"),
                        rs.getString("action"),
                        rs.getString("text"),
                        rs.getString("actor"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<Stored> find(UUID zoneId, UUID id) {
        return jdbc.sql(SELECT + " where o.zone_id = :zone and o.id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query(OrderStore::stored)
                .optional();
    }

    List<Stored> list(UUID zoneId, OrderFilter filter, LocalDate today) {
        return jdbc.sql(SELECT + """
                 where o.zone_id = :zone
                   and (cast(:department as uuid) is null or o.department_id = :department)
                   and (cast(:state as text) is null or o.state = :state)
                   and (not :overdue or (o.state <> 'CLOSED' and o.deadline < :today))
                 order by o.deadline, o.number
                """)
                .param("zone", zoneId)
                .param("department", filter.departmentId())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("overdue", Boolean.TRUE.equals(filter.overdue()))
                .param("today", today)
                .query(OrderStore::stored)
                .list();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        OffsetDateTime replied = rs.getObject("replied_at", OffsetDateTime.class);
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("problem_id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("problem"),
                rs.getObject("department_id", UUID.class),
                rs.getObject("issuer_department_id", UUID.class),
                rs.getString("issued_by"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                OrderState.valueOf(rs.getString("state")),
                rs.getString("reply"),
                rs.getString("replied_by"),
                replied == null ? null : replied.toInstant(),
                rs.getString("closed_by"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getInt("returns"),
                rs.getInt("version"));
    }
}
