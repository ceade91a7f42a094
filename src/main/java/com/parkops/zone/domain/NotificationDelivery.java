package com.parkops.zone.domain;

import com.parkops.zone.Zones;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers each batch of notifications by e-mail and to the chat-group robot once the transaction
 * that wrote it has committed, on threads of its own, so a slow or broken mail server never holds
 * up or undoes the business write. Each notification records the outcome per channel: SENT,
 * FAILED with the reason, or SKIPPED with why (channel off, no e-mail address, meant only for
 * enterprise users). A batch is delivered by the instance that committed it; rows left without a
 * status by a crash in between, and failed ones, are tried again by {@link NotificationRetry}.
 */
@Component
class NotificationDelivery implements DisposableBean {

    /** Why a channel was skipped, stored in the error column and explained on the settings page. */
    static final String OFF = "OFF";

    static final String NO_ADDRESS = "NO_ADDRESS";
    static final String ENTERPRISE_ONLY = "ENTERPRISE_ONLY";

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
    private static final Locale ZONE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private record Row(UUID id, String subject, String body, String link, String email, String role) {}

    private final JdbcClient jdbc;
    private final JdbcNotifySettings settings;
    private final SmtpMailer mailer;
    private final ChatWebhook webhook;
    private final Zones zones;
    private final ZoneTexts texts;
    private final ThreadPoolTaskExecutor executor;

    NotificationDelivery(
            JdbcClient jdbc,
            JdbcNotifySettings settings,
            SmtpMailer mailer,
            ChatWebhook webhook,
            Zones zones,
            ZoneTexts texts) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.mailer = mailer;
        this.webhook = webhook;
        this.zones = zones;
        this.texts = texts;
        // its own small pool: not a bean, so Boot's application task executor stays as it is
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("notify-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(15);
        executor.initialize();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(NotificationsCreated batch) {
        try {
            executor.execute(() -> deliver(batch.zoneId(), batch.batchId()));
        } catch (RejectedExecutionException e) {
            log.warn("Notification batch {} of zone {} not delivered: shutting down", batch.batchId(), batch.zoneId());
        }
    }

    void deliver(UUID zoneId, UUID batchId) {
        try {
            StoredSettings stored = settings.stored(zoneId);
            List<Row> rows = rows(zoneId, "n.batch_id = :key and n.email_status is null", batchId);
            if (!rows.isEmpty()) {
                email(zoneId, stored, rows);
                webhook(zoneId, batchId, stored, rows);
            }
        } catch (RuntimeException e) {
            log.warn("Delivering notification batch {} of zone {} failed", batchId, zoneId, e);
        }
    }

    /** Tries the e-mail of these notifications (pending or failed) again; see {@link NotificationRetry}. */
    void retryEmail(UUID zoneId, Collection<UUID> ids) {
        List<Row> rows = rows(zoneId, "n.id in (:key)", ids);
        if (!rows.isEmpty()) {
            email(zoneId, settings.stored(zoneId), rows);
        }
    }

    /** Posts the batch to the chat-group robot again; see {@link NotificationRetry}. */
    void retryWebhook(UUID zoneId, UUID batchId) {
        List<Row> rows = rows(zoneId, "n.batch_id = :key", batchId);
        if (!rows.isEmpty()) {
            webhook(zoneId, batchId, settings.stored(zoneId), rows);
        }
    }

    private List<Row> rows(UUID zoneId, String condition, Object key) {
        return jdbc.sql("""
                select n.id, n.subject, n.body, n.link, u.email, u.role
                from zone.notification n
                join zone.user_account u on u.zone_id = n.zone_id and u.id = n.user_id
                where n.zone_id = :zone and %s
                order by n.id
                """.formatted(condition))
                .param("zone", zoneId)
                .param("key", key)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("link"),
                        rs.getString("email"),
                        rs.getString("role")))
                .list();
    }

    private void email(UUID zoneId, StoredSettings stored, List<Row> rows) {
        if (!stored.mailEnabled() || !stored.mailConfigured()) {
            rows.forEach(row -> recordEmail(zoneId, row.id(), "SKIPPED", OFF));
            return;
        }
        List<Row> addressed = new ArrayList<>();
        List<SmtpMailer.Mail> mails = new ArrayList<>();
        for (Row row : rows) {
            if (row.email() == null || row.email().isBlank()) {
                recordEmail(zoneId, row.id(), "SKIPPED", NO_ADDRESS);
            } else {
                addressed.add(row);
                mails.add(new SmtpMailer.Mail(row.email().strip(), row.subject(), mailText(zoneId, stored, row)));
            }
        }
        Map<Integer, String> failures = mailer.send(stored, mails);
        for (int i = 0; i < addressed.size(); i++) {
            String failure = failures.get(i);
            recordEmail(zoneId, addressed.get(i).id(), failure == null ? "SENT" : "FAILED", failure);
        }
    }

    private String mailText(UUID zoneId, StoredSettings stored, Row row) {
        StringBuilder text = new StringBuilder(row.body());
        String link = stored.absolute(row.link());
        if (link != null) {
            text.append("\n\n").append(texts.text(ZONE_LANGUAGE, "notify.mail.open", link));
        }
        String zoneName = zones.find(zoneId).map(Zones.Zone::name).orElse("");
        text.append("\n\n-- \n").append(texts.text(ZONE_LANGUAGE, "notify.mail.footer", zoneName));
        return text.toString();
    }

    /** One post per batch: the group hears of a message once, however many people received it. */
    private void webhook(UUID zoneId, UUID batchId, StoredSettings stored, List<Row> rows) {
        String status;
        String error;
        if (!stored.webhookEnabled() || stored.webhookUrl() == null) {
            status = "SKIPPED";
            error = OFF;
        } else if (rows.stream().allMatch(row -> "ENTERPRISE".equals(row.role()))) {
            // the group is the committee's own: what is meant for enterprises alone stays out of it
            status = "SKIPPED";
            error = ENTERPRISE_ONLY;
        } else {
            Row first = rows.get(0);
            error = webhook.post(
                    stored,
                    first.subject(),
                    first.body(),
                    stored.absolute(first.link()),
                    texts.text(ZONE_LANGUAGE, "notify.webhook.open"));
            status = error == null ? "SENT" : "FAILED";
        }
        jdbc.sql("""
                update zone.notification
                set webhook_status = :status, webhook_error = :error, webhook_attempted_at = now(),
                    webhook_attempts = webhook_attempts + 1
                where zone_id = :zone and batch_id = :batch
                """)
                .param("zone", zoneId)
                .param("batch", batchId)
                .param("status", status)
                .param("error", error)
                .update();
    }

    private void recordEmail(UUID zoneId, UUID id, String status, String error) {
        jdbc.sql("""
                update zone.notification
                set email_status = :status, email_error = :error, email_attempted_at = now(),
                    email_attempts = email_attempts + 1
                where zone_id = :zone and id = :id
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("status", status)
                .param("error", error)
                .update();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
