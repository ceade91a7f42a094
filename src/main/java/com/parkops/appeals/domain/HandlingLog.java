package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the handling log for the award rules: every row (before, in and after the quarter) of each
 * appeal that has at least one row in the quarter, by appeal and sequence.
 */
@Component
class HandlingLog {

    private final JdbcClient jdbc;

    HandlingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LogRow> touching(UUID zoneId, QuarterSpan quarter) {
        return jdbc.sql("""
                select e.appeal_id, a.case_number, e.seq, e.kind, e.from_state, e.at, e.department_id,
                       e.assigned_department_id, e.redispatch, e.text, e.on_time, e.overdue_working_days
                from appeals.appeal_event e
                join appeals.appeal a on a.zone_id = e.zone_id and a.id = e.appeal_id
                where e.zone_id = :zone
                  and e.appeal_id in (select q.appeal_id from appeals.appeal_event q
                                      where q.zone_id = :zone and q.at >= :from and q.at < :to)
                order by a.case_number, e.seq
                """)
                .param("zone", zoneId)
                .param("from", AppealStore.ts(quarter.from()))
                .param("to", AppealStore.ts(quarter.to()))
                .query((rs, n) -> {
                    String from = rs.getString("from_state");
                    return new LogRow(
                            rs.getObject("appeal_id", UUID.class),
                            rs.getString("case_number"),
                            rs.getInt("seq"),
                            AppealAction.valueOf(rs.getString("kind")),
                            from == null ? null : AppealState.valueOf(from),
                            AppealStore.instant(rs, "at"),
                            rs.getObject("department_id", UUID.class),
                            rs.getObject("assigned_department_id", UUID.class),
                            rs.getBoolean("redispatch"),
                            rs.getString("text"),
                            (Boolean) rs.getObject("on_time"),
                            rs.getInt("overdue_working_days"));
                })
                .list();
    }
}
