package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.zone.HolidayCalendarChanged;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a zone's holiday calendar changes, counts the running deadlines of its open appeals again
 * on the new calendar ({@link DeadlineReplay}), once the edit has committed, in a transaction of
 * its own. Each appeal whose deadlines move gets a system note in its handling log (with the old
 * and new deadline) and an audit entry; the others are left alone.
 */
@Component
class DeadlineRecount {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecount.class);
    private static final int ATTEMPTS = 3;
    private static final Scope EVERY_APPEAL = new Scope("true", Map.of());

    private final JdbcClient jdbc;
    private final AppealStore store;
    private final StepRecorder recorder;
    private final AppealRules rules;
    private final ZoneDeadlines deadlines;
    private final Zones zones;
    private final AppealMessages messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineRecount(
            JdbcClient jdbc,
            AppealStore store,
            StepRecorder recorder,
            AppealRules rules,
            ZoneDeadlines deadlines,
            Zones zones,
            AppealMessages messages,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.recorder = recorder;
        this.rules = rules;
        this.deadlines = deadlines;
        this.zones = zones;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void calendarChanged(HolidayCalendarChanged change) {
        try {
            Integer moved = transactions.execute(tx -> recount(change.zoneId(), change.year()));
            if (moved != null && moved > 0) {
                LOG.info(
                        "holiday calendar {} of zone {} changed: {} appeals' deadlines moved",
                        change.year(),
                        change.zoneId(),
                        moved);
            }
        } catch (RuntimeException e) {
            LOG.error(
                    "holiday calendar {} of zone {} changed but appeal deadlines were not counted again",
                    change.year(),
                    change.zoneId(),
                    e);
        }
    }

    /** Counts every open appeal's deadlines of the zone again; answers how many moved. */
    int recount(UUID zoneId, int year) {
        AppealSettings settings = rules.settings(zoneId);
        Deadlines zoneDeadlines = deadlines.of(zoneId, settings);
        int moved = 0;
        for (UUID id : openAppeals(zoneId)) {
            for (int attempt = 1; ; attempt++) {
                try {
                    moved += recount(zoneId, id, year, settings, zoneDeadlines) ? 1 : 0;
                    break;
                } catch (OptimisticLockingFailureException concurrentStep) {
                    if (attempt == ATTEMPTS) {
                        throw concurrentStep;
                    }
                }
            }
        }
        return moved;
    }

    private boolean recount(UUID zoneId, UUID id, int year, AppealSettings settings, Deadlines zoneDeadlines) {
        StoredAppeal stored = store.load(zoneId, id, EVERY_APPEAL).orElse(null);
        if (stored == null) {
            return false;
        }
        WorkflowState s = stored.workflow();
        DeadlineReplay.Schedule schedule =
                DeadlineReplay.replay(s, log(zoneId, id), zoneDeadlines).orElse(null);
        if (schedule == null
                || (Objects.equals(schedule.deadline(), s.deadline)
                        && Objects.equals(schedule.replyDeadline(), s.replyDeadline)
                        && Objects.equals(schedule.returnDeadline(), s.returnDeadline))) {
            return false;
        }
        String text = text(zoneId, year, s, schedule);
        Appeal appeal = new Appeal(s, zoneDeadlines);
        appeal.reschedule(schedule, text, new Step(Actor.system(), clock.instant()));
        recorder.moved(zoneId, stored.intake(), appeal, settings.serviceCentreDepartmentId());
        return true;
    }

    private String text(UUID zoneId, int year, WorkflowState s, DeadlineReplay.Schedule schedule) {
        DateTimeFormatter format =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zones.timeZone(zoneId));
        List<String> changes = new ArrayList<>();
        change(changes, "deadline", s.deadline, schedule.deadline(), format);
        change(changes, "reply", s.replyDeadline, schedule.replyDeadline(), format);
        change(changes, "returnBy", s.returnDeadline, schedule.returnDeadline(), format);
        return messages.stored(
                "appeals.deadline.recounted",
                String.valueOf(year),
                String.join(messages.stored("appeals.deadline.recounted.separator"), changes));
    }

    private void change(List<String> changes, String which, Instant from, Instant to, DateTimeFormatter format) {
        if (!Objects.equals(from, to) && from != null && to != null) {
            changes.add(messages.stored("appeals.deadline.recounted." + which, format.format(from), format.format(to)));
        }
    }

    private List<UUID> openAppeals(UUID zoneId) {
        return jdbc.sql("""
                select id from appeals.appeal
                where zone_id = :zone and state not in ('REVISITED', 'CLOSED') and deadline is not null
                order by received_at
                """).param("zone", zoneId).query(UUID.class).list();
    }

    private List<DeadlineReplay.PastStep> log(UUID zoneId, UUID appealId) {
        return jdbc.sql("""
                select kind, at, extension_days from appeals.appeal_event
                where zone_id = :zone and appeal_id = :appeal order by seq
                """)
                .param("zone", zoneId)
                .param("appeal", appealId)
                .query((rs, n) -> new DeadlineReplay.PastStep(
                        AppealAction.valueOf(rs.getString("kind")), AppealStore.instant(rs, "at"), (Integer)
                                rs.getObject("extension_days")))
                .list();
    }
}
