package com.parkops.indicators.domain;

import com.parkops.indicators.ReportingReminders;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.shared.ConflictException;
import com.parkops.zone.Zones;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Overdue reports and reminders; the monthly job runs under a transaction-scoped advisory lock. */
@Service
class ReminderService implements ReportingReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

    private final JdbcClient jdbc;
    private final OverdueReports overdue;
    private final SubmissionAudit audit;
    private final ZoneToday today;
    private final Zones zones;
    private final DueDates dueDates;
    private final TransactionTemplate transactions;

    ReminderService(
            JdbcClient jdbc,
            OverdueReports overdue,
            SubmissionAudit audit,
            ZoneToday today,
            Zones zones,
            ReportingProperties properties,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.overdue = overdue;
        this.audit = audit;
        this.today = today;
        this.zones = zones;
        this.dueDates = new DueDates(properties.dueDay());
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public YearMonth lastClosedPeriod(UUID zoneId) {
        return dueDates.lastClosed(today.today(zoneId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Overdue> overdue(UUID zoneId, YearMonth period) {
        if (!dueDates.pastDue(period, today.today(zoneId))) {
            return List.of();
        }
        return overdue.list(zoneId, period, null);
    }

    @Override
    @Transactional
    public Reminder remind(UUID zoneId, String actor, UUID enterpriseId, YearMonth period) {
        Overdue report = (dueDates.pastDue(period, today.today(zoneId))
                        ? overdue.list(zoneId, period, enterpriseId)
                        : List.<Overdue>of())
                .stream()
                        .findFirst()
                        .orElseThrow(() -> new ConflictException("The report is not overdue (该月报表未逾期，无需催报)"));
        UUID id = UUID.randomUUID();
        insert(zoneId, id, enterpriseId, period, false, actor);
        audit.reminded(zoneId, actor, report.creditCode(), period, false);
        return new Reminder(id, period, dueDates.dueOn(period), false, actor, today.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> pending(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql("""
                select r.id, r.period, r.automatic, r.actor, r.created_at
                from indicators.reminder r
                left join indicators.submission s on s.zone_id = r.zone_id and s.enterprise_id = r.enterprise_id
                     and s.period = r.period
                where r.zone_id = :zone and r.enterprise_id = :enterprise
                  and coalesce(s.status, 'NONE') not in (:delivered)
                  and not exists (select 1 from indicators.report_revision v
                                  where v.zone_id = r.zone_id and v.enterprise_id = r.enterprise_id
                                    and v.period = r.period and v.status = 'ACCEPTED')
                order by r.created_at desc
                limit 20
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("delivered", List.of(SubmissionStatus.SUBMITTED.name(), SubmissionStatus.ACCEPTED.name()))
                .query((rs, n) -> {
                    YearMonth period = YearMonth.from(rs.getDate("period").toLocalDate());
                    return new Reminder(
                            rs.getObject("id", UUID.class),
                            period,
                            dueDates.dueOn(period),
                            rs.getBoolean("automatic"),
                            rs.getString("actor"),
                            SubmissionRows.instant(rs, "created_at"));
                })
                .list();
    }

    @Override
    public int remindOverdue() {
        Integer count = transactions.execute(tx -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('indicators.reporting'),"
                            + " hashtext('reminders'))")
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                LOG.info("overdue reminders: another instance is running them");
                return 0;
            }
            int recorded = 0;
            for (Zones.Zone zone : zones.all()) {
                YearMonth period = lastClosedPeriod(zone.id());
                for (Overdue report : overdue.list(zone.id(), period, null)) {
                    if (insert(zone.id(), UUID.randomUUID(), report.enterpriseId(), period, true, "system")) {
                        audit.reminded(zone.id(), "system", report.creditCode(), period, true);
                        recorded++;
                    }
                }
            }
            return recorded;
        });
        return count == null ? 0 : count;
    }

    /** False when the job already reminded the enterprise of the month. */
    private boolean insert(UUID zoneId, UUID id, UUID enterpriseId, YearMonth period, boolean automatic, String actor) {
        return jdbc.sql("""
                        insert into indicators.reminder (zone_id, id, enterprise_id, period, automatic, actor)
                        values (:zone, :id, :enterprise, :period, :automatic, :actor)
                        on conflict (zone_id, enterprise_id, period) where automatic do nothing
                        """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("enterprise", enterpriseId)
                        .param("period", Date.valueOf(period.atDay(1)))
                        .param("automatic", automatic)
                        .param("actor", actor)
                        .update()
                == 1;
    }
}
