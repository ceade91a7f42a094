package com.parkops.zone.domain;

import com.parkops.zone.NotifySettings.MailSecurity;
import com.parkops.zone.NotifySettings.Settings;
import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;

/** A zone's delivery settings as stored, secrets included: for sending only, never for showing. */
record StoredSettings(
        boolean mailEnabled,
        String smtpHost,
        Integer smtpPort,
        String smtpUsername,
        String smtpPassword,
        String mailFrom,
        MailSecurity mailSecurity,
        boolean webhookEnabled,
        String webhookUrl,
        WebhookStyle webhookStyle,
        WebhookFormat webhookFormat,
        String webhookSecret,
        String baseUrl,
        int version) {

    /** A zone that never saved its settings: nothing leaves the application. */
    static final StoredSettings NONE = new StoredSettings(
            false,
            null,
            null,
            null,
            null,
            null,
            MailSecurity.STARTTLS,
            false,
            null,
            WebhookStyle.WECOM,
            WebhookFormat.TEXT,
            null,
            null,
            0);

    boolean mailConfigured() {
        return smtpHost != null && smtpPort != null && mailFrom != null;
    }

    /** A link of the application as a full URL, or null when it is not a path or no base URL is set. */
    String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        if (link.startsWith("http://") || link.startsWith("https://")) {
            return link;
        }
        if (baseUrl == null || !link.startsWith("/")) {
            return null;
        }
        return baseUrl.replaceAll("/+$", "") + link;
    }

    Settings shown() {
        return new Settings(
                mailEnabled,
                smtpHost,
                smtpPort,
                smtpUsername,
                smtpPassword != null,
                mailFrom,
                mailSecurity,
                webhookEnabled,
                webhookUrl,
                webhookStyle,
                webhookFormat,
                webhookSecret != null,
                baseUrl,
                version);
    }

    @Override
    public String toString() {
        // never let a password or secret reach a log line
        return "StoredSettings[mail=" + mailEnabled + " " + smtpHost + ":" + smtpPort + ", webhook=" + webhookEnabled
                + " " + webhookStyle + "]";
    }
}
