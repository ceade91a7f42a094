package com.parkops.appeals.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of the handling log that the metrics count, for one zone and period. */
@Component
class MetricsLog {

    /**
     * A counted step in the period: an assignment, a revisit or a closing.
     *
     * @param repliesOnTime CLOSE, MERGE: whether no earlier REPLY of the appeal was late (null without a reply)
     */
    record Row(
            String kind,
            UUID departmentId,
            UUID assignedDepartmentId,
            boolean redispatch,
            String satisfaction,
            Boolean resolved,
            Boolean onTime,
            Boolean repliesOnTime) {}

    private final JdbcClient jdbc;

    MetricsLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Assignments, revisits and closings (CLOSE, MERGE) with {@code start <= at < end}. */
    List<Row> steps(UUID zoneId, Instant start, Instant end) {
        return jdbc.sql("""
                select e.kind, e.department_id, e.assigned_department_id, e.redispatch, e.satisfaction, e.resolved,
                       e.on_time,
                       case when e.kind in ('CLOSE', 'MERGE') then
                           (select bool_and(r.on_time) from appeals.appeal_event r
                            where r.zone_id = e.zone_id and r.appeal_id = e.appeal_id and r.kind = 'REPLY'
                              and r.seq < e.seq) end as replies_on_time
                from appeals.appeal_event e
                where e.zone_id = :zone and e.at >= :start and e.at < :end
                  and e.kind in ('DISPATCH', 'REDISPATCH', 'APPROVE_RETURN', 'REVISIT', 'CLOSE', 'MERGE')
                """)
                .param("zone", zoneId)
                .param("start", AppealStore.ts(start))
                .param("end", AppealStore.ts(end))
                .query((rs, n) -> new Row(
                        rs.getString("kind"),
                        rs.getObject("department_id", UUID.class),
                        rs.getObject("assigned_department_id", UUID.class),
                        rs.getBoolean("redispatch"),
                        rs.getString("satisfaction"),
                        (Boolean) rs.getObject("resolved"),
                        (Boolean) rs.getObject("on_time"),
                        (Boolean) rs.getObject("replies_on_time")))
                .list();
    }

    /**
     * The department of every appeal that at {@code cutoff} was open in a department's step (派单,
     * 签收, 退回申请, 办理) past that step's deadline: from each appeal's last log row before the cut-off.
     */
    List<UUID> overdueAt(UUID zoneId, Instant cutoff) {
        return jdbc.sql("""
                select last.assigned_department_id from (
                    select distinct on (e.appeal_id) e.to_state, e.assigned_department_id, e.next_deadline
                    from appeals.appeal_event e
                    where e.zone_id = :zone and e.at < :cutoff
                    order by e.appeal_id, e.seq desc) last
                where last.to_state in ('DISPATCHED', 'ACKNOWLEDGED', 'RETURN_REQUESTED', 'IN_PROGRESS')
                  and last.next_deadline < :cutoff
                """)
                .param("zone", zoneId)
                .param("cutoff", AppealStore.ts(cutoff))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }
}
