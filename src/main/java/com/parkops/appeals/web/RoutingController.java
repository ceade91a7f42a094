package com.parkops.appeals.web;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Categories and routing (分类与派单规则, administrators): each category's default department, the
 * zone's own categories, the service centre and the deadlines in working days.
 */
@Controller
@RequestMapping("/appeals/categories")
@PreAuthorize("hasRole('ADMIN')")
class RoutingController implements AppealScreen {

    private final AppealCategories categories;
    private final AppealRules rules;
    private final Choices choices;
    private final MessageSourceAccessor messages;

    RoutingController(AppealCategories categories, AppealRules rules, Choices choices, MessageSource messages) {
        this.categories = categories;
        this.rules = rules;
        this.choices = choices;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping
    String page(@AuthenticationPrincipal ZoneUser admin, Model model) {
        model.addAttribute("allCategories", categories.list(admin.zoneId()));
        model.addAttribute("settings", SettingsForm.of(rules.settings(admin.zoneId())));
        choices.addTo(model, admin);
        return "appeals/categories";
    }

    @PostMapping("/{id}")
    String route(
            @AuthenticationPrincipal ZoneUser admin,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            categories.route(admin, id, departmentId, version);
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.routed"));
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("appeals.error.stale"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("flashError", joined(refused));
        }
        return "redirect:/appeals/categories";
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) UUID departmentId,
            @RequestParam(defaultValue = "false") boolean labourDispute,
            RedirectAttributes redirect) {
        try {
            categories.add(admin, name, departmentId, labourDispute);
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.categoryAdded"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("flashError", joined(refused));
        }
        return "redirect:/appeals/categories";
    }

    @PostMapping("/settings")
    String settings(
            @AuthenticationPrincipal ZoneUser admin, @ModelAttribute SettingsForm form, RedirectAttributes redirect) {
        try {
            AppealSettings saved = form.toSettings(rules.settings(admin.zoneId()));
            rules.save(admin, saved);
            redirect.addFlashAttribute("flash", messages.getMessage("appeals.flash.settingsSaved"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("flashError", joined(refused));
        }
        return "redirect:/appeals/categories#settings";
    }

    private static String joined(InvalidInputException refused) {
        return refused.errors().stream().map(InputError::message).collect(Collectors.joining(" "));
    }
}
