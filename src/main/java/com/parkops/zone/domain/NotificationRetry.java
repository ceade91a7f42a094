package com.parkops.zone.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what the after-commit delivery never did or could not do: e-mails and robot posts still
 * without an outcome {@code pendingAfter} after the notification was written (the instance stopped
 * in between), and FAILED ones with attempts left once their back-off has passed ({@code backoff}
 * after the first attempt, doubling after each further one). Runs under a transaction-scoped
 * PostgreSQL advisory lock, so with several instances only one does the work. Times are the
 * database's, like the timestamps the delivery writes.
 */
@Service
class NotificationRetry {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRetry.class);

    /** What one run tried again: e-mails, and batches posted to the robot. */
    record Outcome(int emails, int batches) {}

    private record Due(UUID zoneId, UUID key) {}

    private final JdbcClient jdbc;
    private final NotificationDelivery delivery;
    private final NotifyRetryProperties properties;
    private final TransactionTemplate transactions;

    NotificationRetry(
            JdbcClient jdbc,
            NotificationDelivery delivery,
            NotifyRetryProperties properties,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    Outcome retryDue() {
        Outcome done = transactions.execute(tx -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('zone'), hashtext('notify-retry'))")
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                LOG.info("notification retry: another instance is running it");
                return new Outcome(0, 0);
            }
            List<Due> emails = due("email", "n.id");
            byZone(emails).forEach(delivery::retryEmail);
            List<Due> batches = due("webhook", "n.batch_id");
            batches.forEach(batch -> delivery.retryWebhook(batch.zoneId(), batch.key()));
            return new Outcome(emails.size(), batches.size());
        });
        return done == null ? new Outcome(0, 0) : done;
    }

    /** The notifications (or batches) whose delivery on the channel is due again, oldest first. */
    private List<Due> due(String channel, String key) {
        return jdbc.sql("""
                select n.zone_id, %2$s as key, min(n.created_at) as since
                from zone.notification n
                where n.created_at >= now() - :maxAge * interval '1 second'
                  and n.batch_id is not null
                  and ((n.%1$s_status is null
                        and n.created_at < now() - :pendingAfter * interval '1 second'
                        and (n.%1$s_attempted_at is null
                             or n.%1$s_attempted_at < now() - :pendingAfter * interval '1 second'))
                    or (n.%1$s_status = 'FAILED' and n.%1$s_attempts < :maxAttempts
                        and n.%1$s_attempted_at
                            + :backoff * power(2, greatest(n.%1$s_attempts - 1, 0)) * interval '1 second' <= now()))
                group by n.zone_id, %2$s
                order by since
                limit :limit
                """.formatted(channel, key))
                .param("maxAge", properties.maxAge().toSeconds())
                .param("pendingAfter", properties.pendingAfter().toSeconds())
                .param("maxAttempts", properties.maxAttempts())
                .param("backoff", properties.backoff().toSeconds())
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Due(rs.getObject("zone_id", UUID.class), rs.getObject("key", UUID.class)))
                .list();
    }

    private static Map<UUID, List<UUID>> byZone(List<Due> due) {
        Map<UUID, List<UUID>> grouped = new LinkedHashMap<>();
        due.forEach(d ->
                grouped.computeIfAbsent(d.zoneId(), zone -> new ArrayList<>()).add(d.key()));
        return grouped;
    }
}
