package com.parkops.projects.web;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.Stage;
import com.parkops.projects.Campaign;
import com.parkops.projects.CampaignGoal;
import com.parkops.projects.Campaigns;
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

/** The campaign pages: the list with a form for a new one, and one campaign with its targets' progress. */
@Controller
@RequestMapping("/projects/campaigns")
class CampaignPageController {

    private final Campaigns campaigns;
    private final InvestmentProjects projects;
    private final LandCharts charts;
    private final Zones zones;
    private final MessageSourceAccessor messages;

    CampaignPageController(
            Campaigns campaigns, InvestmentProjects projects, LandCharts charts, Zones zones, MessageSource messages) {
        this.campaigns = campaigns;
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
    String list(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", CampaignForm.empty(today(user)));
        return listPage(user, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") CampaignForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            LandInput.readable(binding, messages);
            Campaign created = campaigns.create(user, form.toData());
            redirect.addFlashAttribute("flash", messages.getMessage("campaign.flash.created"));
            return "redirect:/projects/campaigns/" + created.id();
        } catch (InvalidInputException refused) {
            LandInput.refused(model, refused);
            return listPage(user, model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String campaign(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        return detail(user, load(user, id), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String edit(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") CampaignForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, "campaign.flash.saved", () -> {
            LandInput.readable(binding, messages);
            campaigns.edit(user, id, LandInput.version(form.version(), messages), form.toData());
        });
    }

    @PostMapping("/{id}/targets")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String addTarget(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("target") CampaignTargetForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, "campaign.flash.targetAdded", () -> {
            LandInput.readable(binding, messages);
            campaigns.addTarget(user, id, LandInput.version(form.version(), messages), form.toData());
        });
    }

    @PostMapping("/{id}/targets/{targetId}/remove")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String removeTarget(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                model,
                redirect,
                "campaign.flash.targetRemoved",
                () -> campaigns.removeTarget(user, id, version, targetId));
    }

    @PostMapping("/{id}/targets/{targetId}/done")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String markDone(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @RequestParam int version,
            @RequestParam boolean done,
            Model model,
            RedirectAttributes redirect) {
        return step(
                user,
                id,
                model,
                redirect,
                "campaign.flash.saved",
                () -> campaigns.markDone(user, id, version, targetId, done ? today(user) : null));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String delete(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            campaigns.delete(user, id, version);
            redirect.addFlashAttribute("flash", messages.getMessage("campaign.flash.deleted"));
            return "redirect:/projects/campaigns";
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("flashError", conflict.getMessage());
            return "redirect:/projects/campaigns/" + id;
        }
    }

    private String step(
            ZoneUser user, UUID id, Model model, RedirectAttributes redirect, String flashKey, Runnable change) {
        Campaign campaign = load(user, id);
        return LandInput.step(
                model,
                redirect,
                messages,
                flashKey,
                "/projects/campaigns/" + id,
                change,
                () -> detail(user, campaign, model));
    }

    private Campaign load(ZoneUser user, UUID id) {
        return campaigns.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private String detail(ZoneUser user, Campaign campaign, Model model) {
        model.addAttribute("campaign", campaign);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CampaignForm.of(campaign));
        }
        model.addAttribute("gauge", charts.gauge(campaign));
        model.addAttribute("projects", projects.reached(user.zoneId(), Stage.LEAD));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("goals", CampaignGoal.values());
        return "projects/campaigns/campaign";
    }

    private String listPage(ZoneUser user, Model model) {
        model.addAttribute("campaigns", campaigns.list(user.zoneId()));
        return "projects/campaigns/list";
    }

    private LocalDate today(ZoneUser user) {
        return zones.today(user.zoneId());
    }
}
