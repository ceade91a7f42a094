package com.parkops.appeals.web;

import com.parkops.appeals.Open311Keys;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of Open311 keys: the list (name, made, last used, revoked), a form that
 * issues a key and shows it once, and a revoke button with a confirmation step.
 */
@Controller
@RequestMapping("/admin/open311-keys")
@PreAuthorize("hasRole('ADMIN')")
class Open311KeysController {

    private final Open311Keys keys;
    private final MessageSource messages;
    private final Zones zones;

    Open311KeysController(Open311Keys keys, MessageSource messages, Zones zones) {
        this.keys = keys;
        this.messages = messages;
        this.zones = zones;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@AuthenticationPrincipal ZoneUser admin, Model model) {
        model.addAttribute("keys", keys.list(admin));
        model.addAttribute("timeZone", zones.timeZone(admin.zoneId()));
        return "appeals/open311-keys";
    }

    @PostMapping
    String issue(
            @AuthenticationPrincipal ZoneUser admin,
            @RequestParam(required = false) String name,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            Open311Keys.IssuedKey issued = keys.issue(admin, name);
            redirect.addFlashAttribute("issued", issued);
            redirect.addFlashAttribute(
                    "flash", messages.getMessage("open311.keys.issued", new Object[] {issued.name()}, locale));
        } catch (InvalidInputException e) {
            model.addAttribute("name", name);
            model.addAttribute(
                    "nameError",
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message());
            return list(admin, model);
        }
        return "redirect:/admin/open311-keys";
    }

    /** The confirmation step of a revoke (works without JavaScript). */
    @GetMapping("/{id}/revoke")
    String confirm(@AuthenticationPrincipal ZoneUser admin, @PathVariable UUID id, Model model) {
        Open311Keys.KeyView key = keys.list(admin).stream()
                .filter(k -> k.id().equals(id) && !k.revoked())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("open311 key " + id));
        model.addAttribute("confirmKey", key);
        return list(admin, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal ZoneUser admin,
            @PathVariable UUID id,
            RedirectAttributes redirect,
            Locale locale) {
        keys.revoke(admin, id);
        redirect.addFlashAttribute("flash", messages.getMessage("open311.keys.revoked", null, locale));
        return "redirect:/admin/open311-keys";
    }
}
