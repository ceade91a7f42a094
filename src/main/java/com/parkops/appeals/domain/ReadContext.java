package com.parkops.appeals.domain;

import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealSummary;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Category;
import com.parkops.appeals.Channel;
import com.parkops.appeals.Outcome;
import com.parkops.appeals.Urgency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What turning rows into summaries needs, gathered once per request: the zone's categories and
 * department names, its deadline arithmetic, and the moment the countdowns count from.
 */
record ReadContext(Map<UUID, Category> categories, Map<UUID, String> departments, Deadlines deadlines, Instant now) {

    String department(UUID id) {
        return id == null ? null : departments.get(id);
    }

    /** A summary from a row of {@code appeals.appeal}. */
    AppealSummary summary(ResultSet rs) throws SQLException {
        UUID department = rs.getObject("department_id", UUID.class);
        AppealState state = AppealState.valueOf(rs.getString("state"));
        Instant deadline = AppealStore.instant(rs, "deadline");
        String outcome = rs.getString("outcome");
        return new AppealSummary(
                rs.getObject("id", UUID.class),
                rs.getString("case_number"),
                AppealType.valueOf(rs.getString("type")),
                Channel.valueOf(rs.getString("channel")),
                categories.get(rs.getObject("category_id", UUID.class)),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getString("title"),
                rs.getObject("enterprise_id", UUID.class),
                rs.getString("enterprise_name"),
                state,
                outcome == null ? null : Outcome.valueOf(outcome),
                department,
                department(department),
                AppealStore.instant(rs, "received_at"),
                deadline,
                state.open() ? deadlines.countdown(deadline, now) : null,
                rs.getObject("pending_extension_days") != null);
    }
}
