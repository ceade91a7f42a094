package com.parkops.projects.web;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.Stage;
import com.parkops.projects.LandQuotas;
import com.parkops.projects.LandRequest;
import com.parkops.projects.LandSummary;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
 * The land-quota pages: the year's figures with a chart by month and the requests, a new
 * request, and one request with its decision, allocations and the forms that move it on.
 */
@Controller
@RequestMapping("/projects/land")
class LandPageController {

    private final LandQuotas quotas;
    private final InvestmentProjects projects;
    private final LandCharts charts;
    private final Zones zones;
    private final MessageSourceAccessor messages;

    LandPageController(
            LandQuotas quotas, InvestmentProjects projects, LandCharts charts, Zones zones, MessageSource messages) {
        this.quotas = quotas;
        this.projects = projects;
        this.charts = charts;
        this.zones = zones;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String overview(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? today(user).getYear() : year;
        LandSummary summary = quotas.summary(user.zoneId(), shown);
        model.addAttribute("year", shown);
        model.addAttribute("summary", summary);
        model.addAttribute("chart", charts.months(summary));
        model.addAttribute("requests", quotas.list(user.zoneId(), null));
        return "projects/land/overview";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String form(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", LandRequestForm.empty(today(user)));
        return newPage(user, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") LandRequestForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            LandInput.readable(binding, messages);
            LandRequest created = quotas.request(user, form.toData());
            redirect.addFlashAttribute("flash", messages.getMessage("land.flash.created"));
            return "redirect:/projects/land/" + created.id();
        } catch (InvalidInputException refused) {
            LandInput.refused(model, refused);
            return newPage(user, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String request(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        return detail(user, load(user, id), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String edit(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") LandRequestForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, "land.flash.saved", () -> {
            LandInput.readable(binding, messages);
            quotas.edit(user, id, LandInput.version(form.version(), messages), form.toData());
        });
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String decide(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("decision") LandDecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        boolean approve = !Boolean.FALSE.equals(form.approve());
        return step(user, id, model, redirect, approve ? "land.flash.approved" : "land.flash.rejected", () -> {
            LandInput.readable(binding, messages);
            quotas.decide(user, id, LandInput.version(form.version(), messages), form.toDecision(approve));
        });
    }

    @PostMapping("/{id}/allocations")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String allocate(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("allocation") LandAllocationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, "land.flash.allocated", () -> {
            LandInput.readable(binding, messages);
            quotas.allocate(user, id, LandInput.version(form.version(), messages), form.toData());
        });
    }

    @PostMapping("/{id}/allocations/{allocationId}/remove")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String removeAllocation(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable UUID allocationId,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                model,
                redirect,
                "land.flash.allocationRemoved",
                () -> quotas.removeAllocation(user, id, version, allocationId));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String delete(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            quotas.delete(user, id, version);
            redirect.addFlashAttribute("flash", messages.getMessage("land.flash.deleted"));
            return "redirect:/projects/land";
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("flashError", conflict.getMessage());
            return "redirect:/projects/land/" + id;
        }
    }

    private String step(
            ZoneUser user, UUID id, Model model, RedirectAttributes redirect, String flashKey, Runnable change) {
        LandRequest request = load(user, id);
        return LandInput.step(
                model,
                redirect,
                messages,
                flashKey,
                "/projects/land/" + id,
                change,
                () -> detail(user, request, model));
    }

    private LandRequest load(ZoneUser user, UUID id) {
        return quotas.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("land request " + id));
    }

    private String detail(ZoneUser user, LandRequest request, Model model) {
        model.addAttribute("request", request);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LandRequestForm.of(request));
        }
        model.addAttribute("today", today(user));
        model.addAttribute("projects", projects.reached(user.zoneId(), Stage.LEAD));
        return "projects/land/request";
    }

    private String newPage(ZoneUser user, Model model) {
        model.addAttribute("projects", projects.reached(user.zoneId(), Stage.LEAD));
        return "projects/land/new";
    }

    private LocalDate today(ZoneUser user) {
        return zones.today(user.zoneId());
    }
}
