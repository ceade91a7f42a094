package com.parkops.zone;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * How a zone's notifications leave the application besides the in-app inbox: e-mail through the
 * zone's SMTP server to every recipient with an address, and one post per message to a chat-group
 * robot (WeCom 企业微信 or DingTalk 钉钉). Delivery runs after the notifying transaction commits,
 * on a background thread; its outcome is recorded on each notification.
 *
 * <p>Passwords and secrets are stored but never returned: reads say only whether one is set.
 * Saving carries the {@code version} read ({@code 0} before the first save); a stale one fails
 * with {@link org.springframework.dao.OptimisticLockingFailureException}. Saves are audited as
 * entity type {@code notify-settings}.
 */
public interface NotifySettings {

    /** How the SMTP connection is secured. */
    enum MailSecurity {
        NONE,
        STARTTLS,
        SSL
    }

    /** Which robot the webhook URL belongs to. */
    enum WebhookStyle {
        WECOM,
        DINGTALK
    }

    /** Plain text or markdown messages to the robot. */
    enum WebhookFormat {
        TEXT,
        MARKDOWN
    }

    /** The zone's settings as shown to an administrator. */
    record Settings(
            boolean mailEnabled,
            String smtpHost,
            Integer smtpPort,
            String smtpUsername,
            boolean smtpPasswordSet,
            String mailFrom,
            MailSecurity mailSecurity,
            boolean webhookEnabled,
            String webhookUrl,
            WebhookStyle webhookStyle,
            WebhookFormat webhookFormat,
            boolean webhookSecretSet,
            String baseUrl,
            int version) {}

    /**
     * New settings. {@code smtpPassword} and {@code webhookSecret}: null or blank keeps the stored
     * value, unless the matching {@code clear…} flag is set.
     */
    record Changes(
            boolean mailEnabled,
            String smtpHost,
            Integer smtpPort,
            String smtpUsername,
            String smtpPassword,
            boolean clearSmtpPassword,
            String mailFrom,
            MailSecurity mailSecurity,
            boolean webhookEnabled,
            String webhookUrl,
            WebhookStyle webhookStyle,
            WebhookFormat webhookFormat,
            String webhookSecret,
            boolean clearWebhookSecret,
            String baseUrl) {}

    /** The outcome of a test send; {@code error} says what went wrong, null when it went through. */
    record TestResult(boolean sent, String error) {}

    /** One notification and how it was delivered; statuses are SENT, FAILED, SKIPPED or null (pending). */
    record Delivery(
            UUID notificationId,
            String recipient,
            String email,
            String subject,
            Instant createdAt,
            String emailStatus,
            String emailError,
            String webhookStatus,
            String webhookError) {}

    Settings get(UUID zoneId);

    /** Validates and stores; errors name the fields of {@link Changes}. */
    Settings save(UUID zoneId, Changes changes, int version, String actor);

    /** Sends a test e-mail to {@code to} with the stored settings, now, and says how it went. */
    TestResult sendTestEmail(UUID zoneId, String to, Locale locale);

    /** Posts a test message to the stored webhook, now, and says how it went. */
    TestResult sendTestWebhook(UUID zoneId, Locale locale);

    /** The zone's newest notifications with their delivery outcome, at most {@code limit}. */
    List<Delivery> recentDeliveries(UUID zoneId, int limit);
}
