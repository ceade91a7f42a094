package com.parkops.appeals.domain;

import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.OverdueAppeal;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open appeals past their current deadline, within the caller's data scope. */
@Component
class OverdueReads {

    private final JdbcClient jdbc;
    private final AppealRules rules;
    private final ZoneDeadlines deadlines;
    private final Users users;
    private final Clock clock;

    OverdueReads(JdbcClient jdbc, AppealRules rules, ZoneDeadlines deadlines, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.deadlines = deadlines;
        this.users = users;
        this.clock = clock;
    }

    List<OverdueAppeal> overdue(ZoneUser user) {
        UUID zone = user.zoneId();
        var settings = rules.settings(zone);
        Deadlines days = deadlines.of(zone, settings);
        Scope scope = Scope.of(AccessRules.actor(user, settings));
        Map<UUID, String> names = users.departments(zone).stream()
                .collect(Collectors.toMap(Users.Department::id, Users.Department::name));
        Instant now = clock.instant();
        return jdbc.sql("""
                select a.id, a.case_number, a.title, a.state, a.department_id, a.deadline
                from appeals.appeal a
                where a.zone_id = :zone and a.state <> 'CLOSED' and a.deadline < :now
                """ + " and " + scope.condition() + " order by a.deadline, a.case_number")
                .param("zone", zone)
                .param("now", AppealStore.ts(now))
                .params(scope.params())
                .query((rs, n) -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    Instant deadline = AppealStore.instant(rs, "deadline");
                    return new OverdueAppeal(
                            rs.getObject("id", UUID.class),
                            rs.getString("case_number"),
                            rs.getString("title"),
                            AppealState.valueOf(rs.getString("state")),
                            department,
                            department == null ? null : names.get(department),
                            deadline,
                            days.overdueWorkingDays(deadline, now));
                })
                .list();
    }
}
