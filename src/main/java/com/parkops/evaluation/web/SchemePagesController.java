package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of evaluation schemes: the shipped presets and the zone's own schemes by year, each
 * with its detail; copying, editing and deleting (ADMIN, STAFF), reading (also LEADER).
 */
@Controller
@RequestMapping("/evaluation/schemes")
class SchemePagesController {

    private final EvaluationSchemes schemes;
    private final SchemeCards cards;
    private final EvaluationText text;
    private final Zones zones;

    SchemePagesController(EvaluationSchemes schemes, SchemeCards cards, EvaluationText text, Zones zones) {
        this.schemes = schemes;
        this.cards = cards;
        this.text = text;
        this.zones = zones;
    }

    /** The list; {@code view} ({@code preset:<key>} or {@code scheme:<id>}) opens that scheme's detail. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String list(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) String view, Model model) {
        model.addAttribute("presets", cards.presets());
        model.addAttribute("years", cards.byYear(user.zoneId()));
        model.addAttribute("view", view);
        model.addAttribute("canWrite", mayWrite(user));
        model.addAttribute("copyYear", zones.today(user.zoneId()).getYear() - 1);
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        return "evaluation/schemes/list";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        SchemeCard card = cards.stored(user.zoneId(), id);
        schemes.delete(user.zoneId(), user.getUsername(), id);
        redirect.addFlashAttribute(
                "flash", text.get("schemes.flash.deleted", card.title(), String.valueOf(card.year())));
        return "redirect:/evaluation/schemes";
    }

    static boolean mayWrite(ZoneUser user) {
        return user.is(Role.ADMIN) || user.is(Role.STAFF);
    }
}
