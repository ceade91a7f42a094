package com.parkops.appeals.domain;

import com.parkops.appeals.AppealFilter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The where clause of an appeal search on {@code appeals.appeal a}: zone, scope and filter. */
record SearchSql(String where, Map<String, Object> params) {

    static SearchSql of(UUID zoneId, Scope scope, AppealFilter f) {
        StringBuilder where = new StringBuilder("a.zone_id = :zone and ").append(scope.condition());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("zone", zoneId);
        if (f.state() != null) {
            where.append(" and a.state = :state");
            params.put("state", f.state().name());
        }
        if (f.type() != null) {
            where.append(" and a.type = :type");
            params.put("type", f.type().name());
        }
        if (f.channel() != null) {
            where.append(" and a.channel = :channel");
            params.put("channel", f.channel().name());
        }
        if (f.categoryId() != null) {
            where.append(" and a.category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.departmentId() != null) {
            where.append(" and a.department_id = :department");
            params.put("department", f.departmentId());
        }
        if (f.meetingId() != null) {
            where.append(" and a.meeting_id = :meeting");
            params.put("meeting", f.meetingId());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and a.state <> 'CLOSED' and a.deadline < now()");
        }
        if (Boolean.TRUE.equals(f.pending())) {
            where.append(" and (a.state in ('ACCEPTED', 'RETURN_REQUESTED') or a.pending_extension_days is not null)");
        }
        if (Boolean.TRUE.equals(f.extensionPending())) {
            where.append(" and a.pending_extension_days is not null");
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (a.case_number ilike :q or a.title ilike :q or a.enterprise_name ilike :q)");
            params.put(
                    "q",
                    "%"
                            + f.q().strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return new SearchSql(where.toString(), params);
    }
}
