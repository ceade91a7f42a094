package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealEvent;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.Satisfaction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An appeal's handling log, oldest step first, with department names for display. */
@Component
class EventReads {

    private final JdbcClient jdbc;

    EventReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AppealEvent> of(UUID zoneId, UUID appealId, Map<UUID, String> departments) {
        return jdbc.sql("select * from appeals.appeal_event where zone_id = :zone and appeal_id = :appeal order by seq")
                .param("zone", zoneId)
                .param("appeal", appealId)
                .query((rs, n) -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    UUID assigned = rs.getObject("assigned_department_id", UUID.class);
                    String from = rs.getString("from_state");
                    String satisfaction = rs.getString("satisfaction");
                    return new AppealEvent(
                            rs.getInt("seq"),
                            AppealAction.valueOf(rs.getString("kind")),
                            from == null ? null : AppealState.valueOf(from),
                            AppealState.valueOf(rs.getString("to_state")),
                            AppealStore.instant(rs, "at"),
                            rs.getString("actor"),
                            rs.getString("actor_role"),
                            department,
                            department == null ? null : departments.get(department),
                            assigned,
                            assigned == null ? null : departments.get(assigned),
                            rs.getBoolean("redispatch"),
                            rs.getString("text"),
                            satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
                            rs.getObject("resolved", Boolean.class),
                            rs.getObject("extension_days", Integer.class),
                            AppealStore.instant(rs, "deadline"),
                            AppealStore.instant(rs, "next_deadline"),
                            rs.getObject("on_time", Boolean.class),
                            rs.getInt("overdue_working_days"),
                            rs.getInt("working_days_taken"));
                })
                .list();
    }
}
