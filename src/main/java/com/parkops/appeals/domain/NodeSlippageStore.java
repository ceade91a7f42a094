package com.parkops.appeals.domain;

import com.parkops.shared.events.ProjectNodeSlipped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The worst slippage per project node ({@code appeals.node_slippage}): an observation replaces the
 * stored one when it is later by more days; the names and department follow the latest event.
 */
@Component
class NodeSlippageStore {

    private final JdbcClient jdbc;

    NodeSlippageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ProjectNodeSlipped e, Instant now) {
        jdbc.sql("""
                insert into appeals.node_slippage (zone_id, node_id, project_id, project_code, project_name, node_name,
                    department_id, planned_on, observed_on, days_late, updated_at)
                values (:zone, :node, :project, :code, :name, :nodeName, :department, :planned, :observed, :days, :now)
                on conflict (zone_id, node_id) do update set project_id = excluded.project_id,
                    project_code = excluded.project_code, project_name = excluded.project_name,
                    node_name = excluded.node_name, department_id = excluded.department_id,
                    planned_on = case when excluded.days_late > appeals.node_slippage.days_late
                                      then excluded.planned_on else appeals.node_slippage.planned_on end,
                    observed_on = case when excluded.days_late > appeals.node_slippage.days_late
                                       then excluded.observed_on else appeals.node_slippage.observed_on end,
                    days_late = greatest(appeals.node_slippage.days_late, excluded.days_late),
                    updated_at = excluded.updated_at
                """)
                .param("zone", e.zoneId())
                .param("node", e.nodeId())
                .param("project", e.projectId())
                .param("code", e.projectCode())
                .param("name", e.projectName())
                .param("nodeName", e.nodeName())
                .param("department", e.departmentId())
                .param("planned", e.plannedOn())
                .param("observed", e.observedOn())
                .param("days", e.daysLate())
                .param("now", AppealStore.ts(now))
                .update();
    }

    /** The nodes of departments whose worst slippage exceeds {@code days}. */
    List<NodeSlippage> worseThan(UUID zoneId, int days) {
        return jdbc.sql("""
                select * from appeals.node_slippage
                where zone_id = :zone and department_id is not null and days_late > :days
                order by planned_on, project_code, node_name
                """)
                .param("zone", zoneId)
                .param("days", days)
                .query((rs, n) -> new NodeSlippage(
                        rs.getObject("node_id", UUID.class),
                        rs.getObject("project_id", UUID.class),
                        rs.getString("project_code"),
                        rs.getString("project_name"),
                        rs.getString("node_name"),
                        rs.getObject("department_id", UUID.class),
                        rs.getObject("planned_on", LocalDate.class),
                        rs.getObject("observed_on", LocalDate.class),
                        rs.getInt("days_late")))
                .list();
    }
}
