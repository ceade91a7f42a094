package com.parkops.investment.web;

import com.parkops.investment.InvestmentSettingsService;
import com.parkops.investment.ProductionRateBase;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The zone's investment settings (administrators): USD rate, 5020 thresholds, production rate base. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class InvestmentSettingsController {

    private final InvestmentSettingsService settings;
    private final MessageSourceAccessor messages;

    InvestmentSettingsController(InvestmentSettingsService settings, MessageSource messages) {
        this.settings = settings;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/investment/settings")
    String page(@AuthenticationPrincipal ZoneUser admin, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SettingsForm.of(settings.settings(admin.zoneId())));
        }
        model.addAttribute("bases", ProductionRateBase.values());
        return "investment/settings";
    }

    @PostMapping("/investment/settings")
    String save(
            @AuthenticationPrincipal ZoneUser admin,
            @ModelAttribute("form") SettingsForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.getMessage("investment.error.invalid"));
            return "redirect:/investment/settings";
        }
        try {
            settings.update(admin.zoneId(), admin.getUsername(), form.toSettings());
            redirect.addFlashAttribute("flash", messages.getMessage("investment.flash.settingsSaved"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    refused.errors().stream()
                            .map(e -> messages.getMessage("investment.settings." + e.field()) + ": " + e.message())
                            .collect(Collectors.joining("; ")));
        } catch (ConflictException stale) {
            redirect.addFlashAttribute("flashError", stale.getMessage());
        }
        return "redirect:/investment/settings";
    }
}
