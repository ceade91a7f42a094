package com.parkops.projects.web;

import com.parkops.projects.DateBase;
import com.parkops.projects.NodeTemplate;
import com.parkops.projects.NodeTemplates;
import com.parkops.projects.Phase;
import com.parkops.projects.ProjectSettings;
import com.parkops.projects.ProjectSettingsService;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Node templates (list, new, edit) and the zone's project settings; for administrators and staff. */
@Controller
@RequestMapping("/projects/templates")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class TemplatePageController implements ProjectsScreen {

    /** The settings form. */
    record SettingsForm(int warnDays, int orderDays, int version) {}

    private final NodeTemplates templates;
    private final ProjectSettingsService settings;
    private final Outcomes outcomes;

    TemplatePageController(NodeTemplates templates, ProjectSettingsService settings, Outcomes outcomes) {
        this.templates = templates;
        this.settings = settings;
        this.outcomes = outcomes;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(1000);
    }

    @GetMapping
    String list(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("templates", templates.list(user.zoneId(), user.getUsername()));
        model.addAttribute("settings", settings.get(user.zoneId()));
        return "projects/templates";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(model, null, TemplateForm.empty());
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal ZoneUser user, @ModelAttribute TemplateForm form, RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.templateSaved", "/projects/templates/new", () -> {
            NodeTemplate saved = templates.create(user, form.toChanges());
            return "/projects/templates/" + saved.id();
        });
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        NodeTemplate template =
                templates.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("template " + id));
        return form(model, template, TemplateForm.of(template));
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute TemplateForm form,
            RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.templateSaved", "/projects/templates/" + id, () -> {
            templates.update(user, id, form.toChanges());
            return null;
        });
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    String saveSettings(
            @AuthenticationPrincipal ZoneUser user, @ModelAttribute SettingsForm form, RedirectAttributes redirect) {
        return outcomes.run(redirect, "projects.flash.settingsSaved", "/projects/templates", () -> {
            settings.update(user, new ProjectSettings(form.warnDays(), form.orderDays(), form.version()));
            return null;
        });
    }

    private String form(Model model, NodeTemplate template, TemplateForm form) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("phaseValues", Phase.values());
        model.addAttribute("bases", DateBase.values());
        return "projects/template-edit";
    }
}
