package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.NotifySettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each zone's delivery settings: one row, written on the first save, audited without its secrets. */
@Service
class JdbcNotifySettings implements NotifySettings {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ZoneTexts texts;
    private final SmtpMailer mailer;
    private final ChatWebhook webhook;

    JdbcNotifySettings(JdbcClient jdbc, AuditLog audit, ZoneTexts texts, SmtpMailer mailer, ChatWebhook webhook) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
        this.mailer = mailer;
        this.webhook = webhook;
    }

    @Override
    public Settings get(UUID zoneId) {
        return stored(zoneId).shown();
    }

    StoredSettings stored(UUID zoneId) {
        return jdbc.sql("select * from zone.notify_settings where zone_id = :zone")
                .param("zone", zoneId)
                .query(JdbcNotifySettings::stored)
                .optional()
                .orElse(StoredSettings.NONE);
    }

    @Override
    @Transactional
    public Settings save(UUID zoneId, Changes changes, int version, String actor) {
        texts.refuse("notify.error.invalid", NotifySettingsRules.check(changes));
        StoredSettings before = stored(zoneId);
        StoredSettings after = NotifySettingsRules.applied(before, changes, version + 1);
        int written = version == 0 ? insert(zoneId, after, actor) : update(zoneId, after, version, actor);
        if (written == 0) {
            throw new OptimisticLockingFailureException("notify settings of " + zoneId + " changed since " + version);
        }
        Map<String, AuditEntry.Change> diff = new LinkedHashMap<>(AuditEntry.diff(fields(before), fields(after)));
        secretChange(diff, "smtpPassword", before.smtpPassword(), after.smtpPassword());
        secretChange(diff, "webhookSecret", before.webhookSecret(), after.webhookSecret());
        audit.record(new AuditEntry(
                zoneId, actor, "notify-settings", zoneId.toString(), version == 0 ? "create" : "update", null, diff));
        return after.shown();
    }

    private int insert(UUID zoneId, StoredSettings s, String actor) {
        return bind(jdbc.sql("""
                        insert into zone.notify_settings (zone_id, mail_enabled, smtp_host, smtp_port, smtp_username,
                            smtp_password, mail_from, mail_security, webhook_enabled, webhook_url, webhook_style,
                            webhook_format, webhook_secret, base_url, updated_by, version)
                        values (:zone, :mailEnabled, :smtpHost, :smtpPort, :smtpUsername, :smtpPassword, :mailFrom,
                            :mailSecurity, :webhookEnabled, :webhookUrl, :webhookStyle, :webhookFormat, :webhookSecret,
                            :baseUrl, :actor, 1)
                        on conflict do nothing
                        """), zoneId, s, actor).update();
    }

    private int update(UUID zoneId, StoredSettings s, int version, String actor) {
        return bind(jdbc.sql("""
                        update zone.notify_settings set mail_enabled = :mailEnabled, smtp_host = :smtpHost,
                            smtp_port = :smtpPort, smtp_username = :smtpUsername, smtp_password = :smtpPassword,
                            mail_from = :mailFrom, mail_security = :mailSecurity, webhook_enabled = :webhookEnabled,
                            webhook_url = :webhookUrl, webhook_style = :webhookStyle, webhook_format = :webhookFormat,
                            webhook_secret = :webhookSecret, base_url = :baseUrl, updated_by = :actor,
                            updated_at = now(), version = version + 1
                        where zone_id = :zone and version = :version
                        """), zoneId, s, actor).param("version", version).update();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec sql, UUID zoneId, StoredSettings s, String actor) {
        return sql.param("zone", zoneId)
                .param("mailEnabled", s.mailEnabled())
                .param("smtpHost", s.smtpHost())
                .param("smtpPort", s.smtpPort())
                .param("smtpUsername", s.smtpUsername())
                .param("smtpPassword", s.smtpPassword())
                .param("mailFrom", s.mailFrom())
                .param("mailSecurity", s.mailSecurity().name())
                .param("webhookEnabled", s.webhookEnabled())
                .param("webhookUrl", s.webhookUrl())
                .param("webhookStyle", s.webhookStyle().name())
                .param("webhookFormat", s.webhookFormat().name())
                .param("webhookSecret", s.webhookSecret())
                .param("baseUrl", s.baseUrl())
                .param("actor", actor);
    }

    @Override
    public TestResult sendTestEmail(UUID zoneId, String to, Locale locale) {
        StoredSettings stored = stored(zoneId);
        if (!stored.mailConfigured()) {
            return new TestResult(false, texts.text(locale, "notify.test.mailNotConfigured"));
        }
        String failure = mailer.send(
                        stored,
                        List.of(new SmtpMailer.Mail(
                                to, texts.text(locale, "notify.test.subject"), texts.text(locale, "notify.test.body"))))
                .get(0);
        return new TestResult(failure == null, failure);
    }

    @Override
    public TestResult sendTestWebhook(UUID zoneId, Locale locale) {
        StoredSettings stored = stored(zoneId);
        if (stored.webhookUrl() == null) {
            return new TestResult(false, texts.text(locale, "notify.test.webhookNotConfigured"));
        }
        String failure = webhook.post(
                stored,
                texts.text(locale, "notify.test.subject"),
                texts.text(locale, "notify.test.body"),
                stored.absolute("/notifications"),
                texts.text(locale, "notify.webhook.open"));
        return new TestResult(failure == null, failure);
    }

    @Override
    public List<Delivery> recentDeliveries(UUID zoneId, int limit) {
        return jdbc.sql("""
                select n.id, u.display_name, u.email, n.subject, n.created_at, n.email_status, n.email_error,
                       n.webhook_status, n.webhook_error
                from zone.notification n
                join zone.user_account u on u.zone_id = n.zone_id and u.id = n.user_id
                where n.zone_id = :zone
                order by n.created_at desc, n.id
                limit :limit
                """)
                .param("zone", zoneId)
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query((rs, row) -> new Delivery(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getString("subject"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("email_status"),
                        rs.getString("email_error"),
                        rs.getString("webhook_status"),
                        rs.getString("webhook_error")))
                .list();
    }

    private static Map<String, Object> fields(StoredSettings s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("mailEnabled", s.mailEnabled());
        fields.put("smtpHost", s.smtpHost());
        fields.put("smtpPort", s.smtpPort());
        fields.put("smtpUsername", s.smtpUsername());
        fields.put("mailFrom", s.mailFrom());
        fields.put("mailSecurity", s.mailSecurity());
        fields.put("webhookEnabled", s.webhookEnabled());
        fields.put("webhookUrl", s.webhookUrl());
        fields.put("webhookStyle", s.webhookStyle());
        fields.put("webhookFormat", s.webhookFormat());
        fields.put("baseUrl", s.baseUrl());
        return fields;
    }

    /** A secret's change is audited as set, replaced or cleared, never with its value. */
    private static void secretChange(Map<String, AuditEntry.Change> diff, String field, String before, String after) {
        if (before == null && after != null) {
            diff.put(field, new AuditEntry.Change(null, "set"));
        } else if (before != null && after == null) {
            diff.put(field, new AuditEntry.Change("set", null));
        } else if (before != null && !before.equals(after)) {
            diff.put(field, new AuditEntry.Change("set", "replaced"));
        }
    }

    private static StoredSettings stored(ResultSet rs, int row) throws SQLException {
        return new StoredSettings(
                rs.getBoolean("mail_enabled"),
                rs.getString("smtp_host"),
                (Integer) rs.getObject("smtp_port"),
                rs.getString("smtp_username"),
                rs.getString("smtp_password"),
                rs.getString("mail_from"),
                MailSecurity.valueOf(rs.getString("mail_security")),
                rs.getBoolean("webhook_enabled"),
                rs.getString("webhook_url"),
                WebhookStyle.valueOf(rs.getString("webhook_style")),
                WebhookFormat.valueOf(rs.getString("webhook_format")),
                rs.getString("webhook_secret"),
                rs.getString("base_url"),
                rs.getInt("version"));
    }
}
