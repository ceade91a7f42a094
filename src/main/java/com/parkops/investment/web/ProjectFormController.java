package com.parkops.investment.web;

import com.parkops.investment.PipelineCommands;
import com.parkops.investment.PipelineQueries;
import com.parkops.investment.ProjectView;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating a project (a new lead, or one entering at a later stage) and editing its details. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ProjectFormController {

    private static final String VIEW = "investment/form";

    private final PipelineCommands commands;
    private final PipelineQueries queries;
    private final InvestmentChoices choices;
    private final Zones zones;
    private final MessageSourceAccessor messages;

    ProjectFormController(
            PipelineCommands commands,
            PipelineQueries queries,
            InvestmentChoices choices,
            Zones zones,
            MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.choices = choices;
        this.zones = zones;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/investment/projects/new")
    String newForm(@AuthenticationPrincipal ZoneUser user, Model model) {
        return show(user, model, ProjectForm.empty(zones.today(user.zoneId())), null);
    }

    @PostMapping("/investment/projects/new")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(user, model, form, null);
        }
        try {
            UUID id = commands.create(user.zoneId(), user.getUsername(), form.toDraft());
            redirect.addFlashAttribute("flash", messages.getMessage("investment.flash.created"));
            return "redirect:/investment/projects/" + id;
        } catch (InvalidInputException refused) {
            FormErrors.add(result, refused);
            return show(user, model, form, null);
        }
    }

    @GetMapping("/investment/projects/{id}/edit")
    String editForm(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        ProjectView project = project(user, id);
        return show(user, model, ProjectForm.of(project), project);
    }

    @PostMapping("/investment/projects/{id}/edit")
    String update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectView project = project(user, id);
        if (result.hasErrors()) {
            return show(user, model, form, project);
        }
        try {
            commands.update(user.zoneId(), user.getUsername(), id, form.toDraft());
            redirect.addFlashAttribute("flash", messages.getMessage("investment.flash.saved"));
            return "redirect:/investment/projects/" + id;
        } catch (InvalidInputException refused) {
            FormErrors.add(result, refused);
        } catch (ConflictException stale) {
            result.addError(new ObjectError("form", stale.getMessage()));
        }
        return show(user, model, form, project);
    }

    private ProjectView project(ZoneUser user, UUID id) {
        return queries.find(user.zoneId(), id)
                .orElseThrow(() -> new NotFoundException(messages.getMessage("investment.error.notFound")));
    }

    private String show(ZoneUser user, Model model, ProjectForm form, ProjectView project) {
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        choices.addTo(model, user.zoneId());
        return VIEW;
    }
}
