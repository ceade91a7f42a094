package com.parkops.projects.web;

import com.parkops.projects.NodeStatus;
import com.parkops.projects.NodeTemplate;
import com.parkops.projects.NodeTemplates;
import com.parkops.projects.NodeUpdate;
import com.parkops.projects.PlanDates;
import com.parkops.projects.ProjectSettings;
import com.parkops.projects.ProjectSettingsService;
import com.parkops.projects.Responsibility;
import com.parkops.projects.Schedule;
import com.parkops.projects.ScheduleFilter;
import com.parkops.projects.ScheduleNode;
import com.parkops.projects.ScheduleRow;
import com.parkops.projects.Schedules;
import com.parkops.projects.TemplateChanges;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projects API: templates ({@code /templates}), settings, signed projects with status, one
 * schedule, applying a template, plan dates, responsibility, node completion and planned-date moves.
 */
@RestController
@RequestMapping("/api/v1/projects")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class ProjectsApiController {

    /** Applying a template: which one, and the plan dates (null ones from the project or defaults). */
    record ApplyRequest(UUID templateId, PlanDates plan) {}

    /** New plan dates with the schedule version read. */
    record ReplanRequest(PlanDates plan, Integer version) {}

    private final NodeTemplates templates;
    private final Schedules schedules;
    private final ProjectSettingsService settings;

    ProjectsApiController(NodeTemplates templates, Schedules schedules, ProjectSettingsService settings) {
        this.templates = templates;
        this.schedules = schedules;
        this.settings = settings;
    }

    @GetMapping("/templates")
    List<NodeTemplate> templates(@AuthenticationPrincipal ZoneUser user) {
        return templates.list(user.zoneId(), user.getUsername());
    }

    @GetMapping("/templates/{id}")
    NodeTemplate template(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return templates.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("template " + id));
    }

    @PostMapping("/templates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    NodeTemplate create(@AuthenticationPrincipal ZoneUser user, @RequestBody TemplateChanges template) {
        return templates.create(user, template);
    }

    @PutMapping("/templates/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    NodeTemplate update(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody TemplateChanges template) {
        return templates.update(user, id, template);
    }

    @GetMapping("/settings")
    ProjectSettings settings(@AuthenticationPrincipal ZoneUser user) {
        return settings.get(user.zoneId());
    }

    @PutMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    ProjectSettings saveSettings(@AuthenticationPrincipal ZoneUser user, @RequestBody ProjectSettings body) {
        return settings.update(user, body);
    }

    @GetMapping
    List<ScheduleRow> list(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) NodeStatus status,
            @RequestParam(required = false) UUID department) {
        return schedules.list(user.zoneId(), new ScheduleFilter(status, department));
    }

    @GetMapping("/{projectId}")
    Schedule schedule(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId) {
        return schedules
                .find(user.zoneId(), projectId)
                .orElseThrow(() -> new NotFoundException("schedule " + projectId));
    }

    @PostMapping("/{projectId}/schedule")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Schedule apply(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, @RequestBody ApplyRequest body) {
        return schedules.apply(user, projectId, body.templateId(), body.plan());
    }

    @PutMapping("/{projectId}/plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Schedule replan(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, @RequestBody ReplanRequest body) {
        return schedules.replan(user, projectId, body.plan(), body.version() == null ? -1 : body.version());
    }

    @PutMapping("/{projectId}/responsibility")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Schedule assign(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID projectId, @RequestBody Responsibility body) {
        return schedules.assign(user, projectId, body);
    }

    @PostMapping("/{projectId}/nodes/{nodeId}/complete")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ScheduleNode complete(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            @RequestBody NodeUpdate body) {
        return schedules.complete(user, projectId, nodeId, body);
    }

    @PostMapping("/{projectId}/nodes/{nodeId}/plan")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    ScheduleNode movePlan(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID projectId,
            @PathVariable UUID nodeId,
            @RequestBody NodeUpdate body) {
        return schedules.movePlan(user, projectId, nodeId, body);
    }
}
