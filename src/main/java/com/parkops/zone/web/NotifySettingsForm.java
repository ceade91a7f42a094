package com.parkops.zone.web;

import com.parkops.zone.NotifySettings.Changes;
import com.parkops.zone.NotifySettings.MailSecurity;
import com.parkops.zone.NotifySettings.Settings;
import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;

/**
 * The delivery settings as edited on the page. The password and secret fields start empty: left
 * empty they keep what is stored, unless the matching clear box is ticked.
 */
record NotifySettingsForm(
        Boolean mailEnabled,
        String smtpHost,
        Integer smtpPort,
        String smtpUsername,
        String smtpPassword,
        Boolean clearSmtpPassword,
        String mailFrom,
        MailSecurity mailSecurity,
        Boolean webhookEnabled,
        String webhookUrl,
        WebhookStyle webhookStyle,
        WebhookFormat webhookFormat,
        String webhookSecret,
        Boolean clearWebhookSecret,
        String baseUrl,
        Integer version) {

    static NotifySettingsForm of(Settings s) {
        return new NotifySettingsForm(
                s.mailEnabled(),
                s.smtpHost(),
                s.smtpPort(),
                s.smtpUsername(),
                "",
                false,
                s.mailFrom(),
                s.mailSecurity(),
                s.webhookEnabled(),
                s.webhookUrl(),
                s.webhookStyle(),
                s.webhookFormat(),
                "",
                false,
                s.baseUrl(),
                s.version());
    }

    Changes changes() {
        return new Changes(
                on(mailEnabled),
                smtpHost,
                smtpPort,
                smtpUsername,
                smtpPassword,
                on(clearSmtpPassword),
                mailFrom,
                mailSecurity,
                on(webhookEnabled),
                webhookUrl,
                webhookStyle,
                webhookFormat,
                webhookSecret,
                on(clearWebhookSecret),
                baseUrl);
    }

    /** An unticked box or an absent JSON field is off. */
    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
