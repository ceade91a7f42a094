package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic 催办 and 督办: every open appeal past its current deadline is reminded once per
 * deadline (its department is told, or the service centre before dispatch), and one more than
 * {@code escalateAfterDays} working days overdue is escalated to the leaders, once. Runs under a
 * transaction-scoped PostgreSQL advisory lock, so with several instances only one does the work.
 */
@Service
class AppealReminders {

    private static final Logger LOG = LoggerFactory.getLogger(AppealReminders.class);

    /** What the job did. */
    record Outcome(int reminded, int escalated) {}

    private final JdbcClient jdbc;
    private final Zones zones;
    private final AppealRules rules;
    private final ZoneDeadlines deadlines;
    private final WorkflowService workflow;
    private final AppealMessages messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AppealReminders(
            JdbcClient jdbc,
            Zones zones,
            AppealRules rules,
            ZoneDeadlines deadlines,
            WorkflowService workflow,
            AppealMessages messages,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.rules = rules;
        this.deadlines = deadlines;
        this.workflow = workflow;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    Outcome remindOverdue() {
        Outcome done = transactions.execute(tx -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('appeals'), hashtext('reminders'))")
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                LOG.info("appeal reminders: another instance is running them");
                return new Outcome(0, 0);
            }
            int reminded = 0;
            int escalated = 0;
            Instant now = clock.instant();
            for (Zones.Zone zone : zones.all()) {
                AppealSettings settings = rules.settings(zone.id());
                Deadlines zoneDeadlines = deadlines.of(zone.id(), settings);
                for (Overdue o : overdue(zone.id(), now)) {
                    if (!o.deadline().equals(o.remindedDeadline())
                            && workflow.system(
                                    zone.id(),
                                    o.id(),
                                    AppealAction.REMIND,
                                    messages.stored("appeals.remind.automatic"),
                                    settings)) {
                        reminded++;
                    }
                    if (!o.escalated()
                            && zoneDeadlines.overdueWorkingDays(o.deadline(), now) > settings.escalateAfterDays()
                            && workflow.system(
                                    zone.id(),
                                    o.id(),
                                    AppealAction.ESCALATE,
                                    messages.stored("appeals.escalate.automatic", settings.escalateAfterDays()),
                                    settings)) {
                        escalated++;
                    }
                }
            }
            return new Outcome(reminded, escalated);
        });
        return done == null ? new Outcome(0, 0) : done;
    }

    private record Overdue(UUID id, Instant deadline, Instant remindedDeadline, boolean escalated) {}

    private List<Overdue> overdue(UUID zoneId, Instant now) {
        return jdbc.sql("""
                select id, deadline, reminded_deadline, escalated from appeals.appeal
                where zone_id = :zone and state <> 'CLOSED' and deadline < :now
                  and (reminded_deadline is distinct from deadline or not escalated)
                order by deadline
                """)
                .param("zone", zoneId)
                .param("now", AppealStore.ts(now))
                .query((rs, n) -> new Overdue(
                        rs.getObject("id", UUID.class),
                        AppealStore.instant(rs, "deadline"),
                        AppealStore.instant(rs, "reminded_deadline"),
                        rs.getBoolean("escalated")))
                .list();
    }
}
