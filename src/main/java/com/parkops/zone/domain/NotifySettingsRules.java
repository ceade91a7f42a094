package com.parkops.zone.domain;

import com.parkops.zone.NotifySettings.Changes;
import com.parkops.zone.NotifySettings.MailSecurity;
import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * What delivery settings must satisfy: an enabled channel is complete (host, port and sender for
 * e-mail; an http(s) URL for the webhook), addresses and URLs are well-formed, texts are short.
 */
final class NotifySettingsRules {

    static final int MAX_TEXT = 500;

    private NotifySettingsRules() {}

    static List<InputProblem> check(Changes c) {
        List<InputProblem> problems = new ArrayList<>();
        if (c.mailEnabled()) {
            required(problems, "smtpHost", c.smtpHost());
            required(problems, "mailFrom", c.mailFrom());
            if (c.smtpPort() == null) {
                problems.add(new InputProblem("smtpPort", "notify.error.required"));
            }
        }
        if (c.smtpPort() != null && (c.smtpPort() < 1 || c.smtpPort() > 65535)) {
            problems.add(new InputProblem("smtpPort", "notify.error.port"));
        }
        if (present(c.mailFrom()) && !isAddress(c.mailFrom())) {
            problems.add(new InputProblem("mailFrom", "notify.error.address"));
        }
        if (c.webhookEnabled()) {
            required(problems, "webhookUrl", c.webhookUrl());
        }
        if (present(c.webhookUrl()) && !isHttpUrl(c.webhookUrl())) {
            problems.add(new InputProblem("webhookUrl", "notify.error.url"));
        }
        if (present(c.baseUrl()) && !isHttpUrl(c.baseUrl())) {
            problems.add(new InputProblem("baseUrl", "notify.error.url"));
        }
        tooLong(problems, "smtpHost", c.smtpHost());
        tooLong(problems, "smtpUsername", c.smtpUsername());
        tooLong(problems, "smtpPassword", c.smtpPassword());
        tooLong(problems, "mailFrom", c.mailFrom());
        tooLong(problems, "webhookUrl", c.webhookUrl());
        tooLong(problems, "webhookSecret", c.webhookSecret());
        tooLong(problems, "baseUrl", c.baseUrl());
        return problems;
    }

    /** The settings after the changes; a blank password or secret keeps the stored one unless cleared. */
    static StoredSettings applied(StoredSettings before, Changes c, int version) {
        return new StoredSettings(
                c.mailEnabled(),
                trimmed(c.smtpHost()),
                c.smtpPort(),
                trimmed(c.smtpUsername()),
                secret(before.smtpPassword(), c.smtpPassword(), c.clearSmtpPassword()),
                trimmed(c.mailFrom()),
                c.mailSecurity() == null ? MailSecurity.STARTTLS : c.mailSecurity(),
                c.webhookEnabled(),
                trimmed(c.webhookUrl()),
                c.webhookStyle() == null ? WebhookStyle.WECOM : c.webhookStyle(),
                c.webhookFormat() == null ? WebhookFormat.TEXT : c.webhookFormat(),
                secret(before.webhookSecret(), trimmed(c.webhookSecret()), c.clearWebhookSecret()),
                trimmed(c.baseUrl()),
                version);
    }

    private static String secret(String stored, String given, boolean clear) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        return clear ? null : stored;
    }

    static boolean isAddress(String text) {
        try {
            InternetAddress[] addresses = InternetAddress.parse(text.strip(), true);
            if (addresses.length != 1) {
                return false;
            }
            addresses[0].validate();
            return addresses[0].getAddress().contains("@");
        } catch (AddressException e) {
            return false;
        }
    }

    static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(List<InputProblem> problems, String field, String value) {
        if (!present(value)) {
            problems.add(new InputProblem(field, "notify.error.required"));
        }
    }

    private static void tooLong(List<InputProblem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new InputProblem(field, "notify.error.tooLong", String.valueOf(MAX_TEXT)));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String trimmed(String value) {
        return present(value) ? value.strip() : null;
    }
}
