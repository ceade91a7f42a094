package com.parkops.zone.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.NotifySettings;
import com.parkops.zone.NotifySettings.Delivery;
import com.parkops.zone.NotifySettings.Settings;
import com.parkops.zone.NotifySettings.TestResult;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The zone's notification delivery settings (SMTP server, chat-group robot), test sends and the
 * latest delivery outcomes. Administrators only. Passwords and secrets are write-only.
 */
@RestController
@RequestMapping("/api/v1/zone/notify-settings")
@PreAuthorize("hasRole('ADMIN')")
class NotifySettingsApiController {

    /** Where to send the test e-mail. */
    record TestEmailRequest(String to) {}

    private final NotifySettings settings;
    private final MessageSource messages;

    NotifySettingsApiController(NotifySettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    Settings get(@AuthenticationPrincipal ZoneUser admin) {
        return settings.get(admin.zoneId());
    }

    /**
     * Replaces the settings: the fields of {@link Settings} with {@code smtpPassword} and {@code
     * webhookSecret} instead of their "set" flags (absent or empty keeps the stored value, {@code
     * clearSmtpPassword} / {@code clearWebhookSecret} remove it) and the {@code version} read (0
     * before the first save). 422 lists every invalid field; 409 when {@code version} is stale.
     */
    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    Settings put(@AuthenticationPrincipal ZoneUser admin, @RequestBody NotifySettingsForm request) {
        if (request.version() == null) {
            throw invalid("version", "notify.error.required");
        }
        return settings.save(admin.zoneId(), request.changes(), request.version(), admin.getUsername());
    }

    @PostMapping("/test-email")
    @PreAuthorize("hasRole('ADMIN')")
    TestResult testEmail(@AuthenticationPrincipal ZoneUser admin, @RequestBody TestEmailRequest request) {
        if (request.to() == null || request.to().isBlank()) {
            throw invalid("to", "notify.error.required");
        }
        return settings.sendTestEmail(admin.zoneId(), request.to().strip(), LocaleContextHolder.getLocale());
    }

    @PostMapping("/test-webhook")
    @PreAuthorize("hasRole('ADMIN')")
    TestResult testWebhook(@AuthenticationPrincipal ZoneUser admin) {
        return settings.sendTestWebhook(admin.zoneId(), LocaleContextHolder.getLocale());
    }

    /** The zone's newest notifications with how each was delivered; {@code limit} is at most 200. */
    @GetMapping("/deliveries")
    @PreAuthorize("hasRole('ADMIN')")
    List<Delivery> deliveries(@AuthenticationPrincipal ZoneUser admin, @RequestParam(defaultValue = "50") int limit) {
        return settings.recentDeliveries(admin.zoneId(), limit);
    }

    private InvalidInputException invalid(String field, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return new InvalidInputException(
                messages.getMessage("notify.error.invalid", null, locale),
                List.of(new InputError(null, field, messages.getMessage(key, null, locale))));
    }
}
