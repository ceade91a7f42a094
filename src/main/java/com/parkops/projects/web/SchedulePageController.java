package com.parkops.projects.web;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import com.parkops.projects.NodeTemplates;
import com.parkops.projects.Schedule;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.Schedules;
import com.parkops.projects.Upload;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.Downloads;
import com.parkops.shared.web.Uploads;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One project's schedule: applying a template, plan dates, responsibility, the node table by phase
 * with a timeline, and one node's page (actual date, planned-date move, evidence files).
 */
@Controller
@RequestMapping("/projects/{projectId}")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class SchedulePageController implements ProjectsScreen {

    private final Schedules schedules;
    private final NodeTemplates templates;
    private final InvestmentProjects projects;
    private final Users users;
    private final Outcomes outcomes;

    SchedulePageController(
            Schedules schedules, NodeTemplates templates, InvestmentProjects projects, Users users, Outcomes outcomes) {
        this.schedules = schedules;
        this.templates = templates;
        this.projects = projects;
        this.users = users;
        this.outcomes = outcomes;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id", "projectId", "nodeId");
    }

    @GetMapping
    String page(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, Model model) {
        ProjectInfo project = projects.find(user.zoneId(), projectId)
                .filter(p -> p.stage().reached(Stage.SIGNED))
                .orElseThrow(() -> new NotFoundException("project " + projectId));
        model.addAttribute("project", project);
        var schedule = schedules.find(user.zoneId(), projectId);
        if (schedule.isEmpty()) {
            model.addAttribute("templates", templates.list(user.zoneId(), user.getUsername()));
            return "projects/apply";
        }
        model.addAttribute("schedule", schedule.get());
        model.addAttribute("phases", PhaseGroups.of(schedule.get().nodes()));
        model.addAttribute("timeline", PhaseGroups.timeline(schedule.get().nodes()));
        model.addAttribute(
                "leaders",
                users.list(user.zoneId()).stream()
                        .filter(u -> u.role() == Role.LEADER && u.enabled())
                        .toList());
        return "projects/detail";
    }

    @GetMapping("/nodes/{nodeId}")
    String node(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            Model model) {
        Schedule schedule = schedules
                .find(user.zoneId(), projectId)
                .orElseThrow(() -> new NotFoundException("schedule " + projectId));
        ScheduleNode node = schedule.nodes().stream()
                .filter(n -> n.id().equals(nodeId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("node " + nodeId));
        model.addAttribute("schedule", schedule);
        model.addAttribute("node", node);
        model.addAttribute("evidence", schedules.evidence(user.zoneId(), projectId, nodeId));
        return "projects/node";
    }

    @PostMapping("/schedule")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String apply(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @ModelAttribute ScheduleForms.ApplyForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.applied", "/projects/" + projectId, () -> {
            schedules.apply(user, projectId, form.templateId(), form.plan());
            return null;
        });
    }

    @PostMapping("/plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String replan(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @ModelAttribute ScheduleForms.PlanForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.replanned", "/projects/" + projectId, () -> {
            schedules.replan(user, projectId, form.plan(), form.version() == null ? -1 : form.version());
            return null;
        });
    }

    @PostMapping("/responsibility")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String assign(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @ModelAttribute ScheduleForms.ResponsibilityForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.assigned", "/projects/" + projectId, () -> {
            schedules.assign(user, projectId, form.toResponsibility());
            return null;
        });
    }

    @PostMapping("/nodes/{nodeId}/complete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String complete(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            @ModelAttribute ScheduleForms.NodeForm form,
            RedirectAttributes redirect) {
        String back = "/projects/" + projectId + "/nodes/" + nodeId;
        return outcomes.run(redirect, "projects.flash.completed", back, () -> {
            schedules.complete(user, projectId, nodeId, form.toUpdate());
            return null;
        });
    }

    @PostMapping("/nodes/{nodeId}/plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String movePlan(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            @ModelAttribute ScheduleForms.NodeForm form,
            RedirectAttributes redirect) {
        String back = "/projects/" + projectId + "/nodes/" + nodeId;
        return outcomes.run(redirect, "projects.flash.moved", back, () -> {
            schedules.movePlan(user, projectId, nodeId, form.toUpdate());
            return null;
        });
    }

    @PostMapping("/nodes/{nodeId}/evidence")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String upload(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        String back = "/projects/" + projectId + "/nodes/" + nodeId;
        return outcomes.run(redirect, "projects.flash.uploaded", back, () -> {
            schedules.addEvidence(user, projectId, nodeId, Uploads.of(files, Upload::new));
            return null;
        });
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, @PathVariable UUID evidenceId) {
        return schedules
                .evidenceFile(user.zoneId(), projectId, evidenceId)
                .map(file -> Downloads.of(file.info().fileName(), file.info().contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
    }
}
