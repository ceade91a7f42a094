package com.parkops.investment.web;

import com.parkops.investment.PipelineCommands;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's page: details, stage timeline, history, and the pipeline's steps as forms. */
@Controller
class ProjectDetailController {

    private final PipelineCommands commands;
    private final PipelineQueries queries;
    private final Zones zones;
    private final MessageSourceAccessor messages;

    ProjectDetailController(PipelineCommands commands, PipelineQueries queries, Zones zones, MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.zones = zones;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/investment/projects/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String detail(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        ProjectView project = queries.find(user.zoneId(), id)
                .orElseThrow(() -> new NotFoundException(messages.getMessage("investment.error.notFound")));
        model.addAttribute("project", project);
        model.addAttribute("events", queries.events(user.zoneId(), id));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("today", zones.today(user.zoneId()));
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        return "investment/detail";
    }

    @PostMapping("/investment/projects/{id}/advance")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String advance(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "investment.flash.advanced",
                () -> commands.advance(user.zoneId(), user.getUsername(), id, stage, on, version));
    }

    @PostMapping("/investment/projects/{id}/lose")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String lose(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "investment.flash.lost",
                () -> commands.lose(user.zoneId(), user.getUsername(), id, reason, version));
    }

    @PostMapping("/investment/projects/{id}/pause")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String pause(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "investment.flash.paused",
                () -> commands.pause(user.zoneId(), user.getUsername(), id, reason, version));
    }

    @PostMapping("/investment/projects/{id}/resume")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String resume(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "investment.flash.resumed",
                () -> commands.resume(user.zoneId(), user.getUsername(), id, version));
    }

    @PostMapping("/investment/projects/{id}/enterprise")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String linkEnterprise(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String creditCode,
            @RequestParam int version,
            RedirectAttributes redirect) {
        String code = creditCode == null || creditCode.isBlank() ? null : creditCode.strip();
        return step(
                id,
                redirect,
                "investment.flash.linked",
                () -> commands.linkEnterprise(user.zoneId(), user.getUsername(), id, code, version));
    }

    private String step(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage(done));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "flashError",
                    refused.errors().stream().map(e -> e.message()).collect(Collectors.joining("; ")));
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/investment/projects/" + id;
    }
}
