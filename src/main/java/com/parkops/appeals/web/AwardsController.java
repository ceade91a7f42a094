package com.parkops.appeals.web;

import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AwardDecision;
import com.parkops.appeals.AwardKind;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 蜗牛奖/踢皮球奖 page: a quarter's candidates with their evidence, the committee's decisions, the
 * awards held with their rectification, and (administrators) the thresholds.
 */
@Controller
@RequestMapping("/appeals/awards")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class AwardsController implements AppealScreen {

    private final AppealAwards awards;
    private final Zones zones;
    private final MessageSourceAccessor messages;

    AwardsController(AppealAwards awards, Zones zones, MessageSource messages) {
        this.awards = awards;
        this.zones = zones;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            Model model) {
        LocalDate today = zones.today(user.zoneId());
        int y = year == null ? today.getYear() : year;
        int q = quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        var found = awards.candidates(user.zoneId(), y, q);
        model.addAttribute("result", found);
        model.addAttribute("snail", found.of(AwardKind.SNAIL));
        model.addAttribute("ball", found.of(AwardKind.BALL));
        model.addAttribute("year", y);
        model.addAttribute("quarter", q);
        model.addAttribute("prevYear", q == 1 ? y - 1 : y);
        model.addAttribute("prevQuarter", q == 1 ? 4 : q - 1);
        model.addAttribute("nextYear", q == 4 ? y + 1 : y);
        model.addAttribute("nextQuarter", q == 4 ? 1 : q + 1);
        List<AwardDecision> all = awards.decisions(user.zoneId(), false);
        model.addAttribute("held", all.stream().filter(AwardDecision::held).toList());
        model.addAttribute("history", all.stream().filter(d -> !d.held()).toList());
        model.addAttribute("decides", awards.decides(user));
        model.addAttribute(
                "myDepartment", user.is(Role.STAFF) ? user.departmentId().orElse(null) : null);
        if (user.is(Role.ADMIN)) {
            model.addAttribute("settingsForm", AwardSettingsForm.of(found.settings()));
        }
        return "appeals/awards";
    }

    @PostMapping("/decisions")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String decide(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute AwardDecisionForm form,
            RedirectAttributes redirect) {
        int year = form.year() == null ? 0 : form.year();
        int quarter = form.quarter() == null ? 0 : form.quarter();
        attempt(
                redirect,
                form.confirm() ? "appeals.awards.flash.confirmed" : "appeals.awards.flash.dismissed",
                () -> awards.decide(
                        user, form.award(), form.departmentId(), year, quarter, form.confirm(), form.note()));
        return "redirect:/appeals/awards?year=" + year + "&quarter=" + quarter;
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasRole('STAFF')")
    String submit(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        attempt(redirect, "appeals.awards.flash.submitted", () -> awards.submitRectification(user, id, text));
        return "redirect:/appeals/awards#held";
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String accept(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        attempt(redirect, "appeals.awards.flash.accepted", () -> awards.acceptRectification(user, id, note));
        return "redirect:/appeals/awards#held";
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String sendBack(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        attempt(redirect, "appeals.awards.flash.returned", () -> awards.returnRectification(user, id, reason));
        return "redirect:/appeals/awards#held";
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    String settings(
            @AuthenticationPrincipal ZoneUser admin,
            @ModelAttribute AwardSettingsForm form,
            RedirectAttributes redirect) {
        attempt(
                redirect,
                "appeals.awards.flash.settingsSaved",
                () -> awards.saveSettings(admin, form.toSettings(awards.settings(admin.zoneId()))));
        return "redirect:/appeals/awards#settings";
    }

    private void attempt(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage(done));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    refused.getMessage() + " "
                            + refused.errors().stream().map(InputError::message).collect(Collectors.joining(" ")));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("appeals.error.stale"));
        }
    }
}
