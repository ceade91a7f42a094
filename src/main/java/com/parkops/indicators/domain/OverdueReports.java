package com.parkops.indicators.domain;

import com.parkops.indicators.ReportingReminders;
import com.parkops.indicators.SubmissionStatus;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The enterprises in the reporting scope whose report of a month is neither submitted nor
 * accepted and whose month has no accepted figures from another source (an import, a correction).
 */
@Component
class OverdueReports {

    private final JdbcClient jdbc;
    private final ReportingScope scope;
    private final DueDates dueDates;

    OverdueReports(JdbcClient jdbc, ReportingScope scope, ReportingProperties properties) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.dueDates = new DueDates(properties.dueDay());
    }

    /** Without checking the due date; {@code onlyEnterprise} narrows to one enterprise when set. */
    List<ReportingReminders.Overdue> list(UUID zoneId, YearMonth period, UUID onlyEnterprise) {
        ReportingScope.Condition inScope = scope.condition(zoneId);
        return jdbc.sql("""
                select p.id, p.credit_code, p.name, s.status, r.reminders, r.last_reminded
                from registry.enterprise_profile p
                left join indicators.submission s on s.zone_id = p.zone_id and s.enterprise_id = p.id
                     and s.period = :period
                left join lateral (
                    select count(*) as reminders, max(created_at) as last_reminded
                    from indicators.reminder m
                    where m.zone_id = p.zone_id and m.enterprise_id = p.id and m.period = :period
                ) r on true
                where p.zone_id = :zone and (%s)
                  and (cast(:only as uuid) is null or p.id = cast(:only as uuid))
                  and coalesce(s.status, 'NONE') not in (:delivered)
                  and not exists (select 1 from indicators.report_revision v
                                  where v.zone_id = p.zone_id and v.enterprise_id = p.id
                                    and v.period = :period and v.status = 'ACCEPTED')
                order by p.name, p.credit_code
                """.formatted(inScope.sql()))
                .params(inScope.params())
                .param("zone", zoneId)
                .param("period", Date.valueOf(period.atDay(1)))
                .param("only", onlyEnterprise)
                .param("delivered", List.of(SubmissionStatus.SUBMITTED.name(), SubmissionStatus.ACCEPTED.name()))
                .query((rs, n) -> new ReportingReminders.Overdue(
                        rs.getObject("id", UUID.class),
                        rs.getString("credit_code"),
                        rs.getString("name"),
                        period,
                        dueDates.dueOn(period),
                        rs.getString("status") == null ? null : SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getInt("reminders"),
                        SubmissionRows.instant(rs, "last_reminded")))
                .list();
    }
}
