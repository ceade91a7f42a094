package com.parkops.zone.web;

import com.parkops.shared.InvalidInputException;
import com.parkops.zone.NotifySettings;
import com.parkops.zone.NotifySettings.MailSecurity;
import com.parkops.zone.NotifySettings.TestResult;
import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notification delivery settings (消息推送设置): the zone's SMTP server and chat-group robot, test
 * sends, and the outcome of the latest deliveries. Administrators only.
 */
@Controller
@RequestMapping("/admin/notify-settings")
@PreAuthorize("hasRole('ADMIN')")
class NotifySettingsController {

    static final int RECENT = 20;

    private final NotifySettings settings;
    private final Users users;
    private final Zones zones;
    private final MessageSource messages;

    NotifySettingsController(NotifySettings settings, Users users, Zones zones, MessageSource messages) {
        this.settings = settings;
        this.users = users;
        this.zones = zones;
        this.messages = messages;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String show(@AuthenticationPrincipal ZoneUser admin, Model model) {
        model.addAttribute("form", NotifySettingsForm.of(settings.get(admin.zoneId())));
        return page(admin, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String save(
            @AuthenticationPrincipal ZoneUser admin,
            @ModelAttribute("form") NotifySettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (form.version() == null) {
            result.reject("common.version.conflict");
        }
        if (!result.hasErrors()) {
            try {
                settings.save(admin.zoneId(), form.changes(), form.version(), admin.getUsername());
                redirect.addFlashAttribute("flash", messages.getMessage("notify.settings.saved", null, locale));
                return "redirect:/admin/notify-settings";
            } catch (InvalidInputException e) {
                e.errors()
                        .forEach(error -> result.addError(
                                new FieldError("form", error.field(), null, false, null, null, error.message())));
            } catch (OptimisticLockingFailureException e) {
                result.reject("common.version.conflict");
            }
        }
        // Thymeleaf never writes a password field's value back into the page
        return page(admin, model);
    }

    @PostMapping("/test-email")
    @PreAuthorize("hasRole('ADMIN')")
    String testEmail(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam(defaultValue = "") String to,
            RedirectAttributes redirect,
            Locale locale) {
        if (to.isBlank()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("notify.test.toRequired", null, locale));
        } else {
            report(
                    settings.sendTestEmail(admin.zoneId(), to.strip(), locale),
                    "notify.test.mailSent",
                    to,
                    redirect,
                    locale);
        }
        return "redirect:/admin/notify-settings";
    }

    @PostMapping("/test-webhook")
    @PreAuthorize("hasRole('ADMIN')")
    String testWebhook(@AuthenticationPrincipal ZoneUser admin, RedirectAttributes redirect, Locale locale) {
        report(settings.sendTestWebhook(admin.zoneId(), locale), "notify.test.webhookSent", null, redirect, locale);
        return "redirect:/admin/notify-settings";
    }

    private void report(TestResult result, String sentKey, String to, RedirectAttributes redirect, Locale locale) {
        if (result.sent()) {
            redirect.addFlashAttribute("flash", messages.getMessage(sentKey, new Object[] {to}, locale));
        } else {
            redirect.addFlashAttribute(
                    "flashError", messages.getMessage("notify.test.failed", new Object[] {result.error()}, locale));
        }
    }

    private String page(ZoneUser admin, Model model) {
        model.addAttribute("stored", settings.get(admin.zoneId()));
        model.addAttribute("securities", MailSecurity.values());
        model.addAttribute("styles", WebhookStyle.values());
        model.addAttribute("formats", WebhookFormat.values());
        model.addAttribute(
                "testTo",
                users.find(admin.zoneId(), admin.id())
                        .map(Users.UserView::email)
                        .orElse(""));
        model.addAttribute("deliveries", settings.recentDeliveries(admin.zoneId(), RECENT));
        model.addAttribute("timeZone", zones.timeZone(admin.zoneId()));
        return "zone/notify-settings";
    }
}
