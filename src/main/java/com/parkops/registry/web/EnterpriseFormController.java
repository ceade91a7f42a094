package com.parkops.registry.web;

import com.parkops.registry.EmergingCategory;
import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.registry.Scale;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** Creating and editing an enterprise's facts (ADMIN and STAFF). */
@Controller
@RequestMapping("/registry/enterprises")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class EnterpriseFormController implements RegistryPage {

    private static final String VIEW = "registry/enterprise-form";

    private final EnterpriseQueries queries;
    private final EnterpriseCommands commands;
    private final Visibility visibility;
    private final MessageSourceAccessor messages;

    EnterpriseFormController(
            EnterpriseQueries queries, EnterpriseCommands commands, Visibility visibility, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.visibility = visibility;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal ZoneUser user, Model model) {
        return show(user, model, EnterpriseForm.empty(), null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return choices(user, model, null);
        }
        try {
            Enterprise created = commands.create(user.zoneId(), user.getUsername(), form.toData());
            redirect.addFlashAttribute(
                    "flash", messages.getMessage("registry.flash.created", new Object[] {created.name()}));
            return "redirect:/registry/enterprises/" + UriUtils.encodePathSegment(created.creditCode(), "UTF-8");
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return choices(user, model, null);
        } catch (ConflictException raced) {
            result.addError(new ObjectError("form", raced.getMessage()));
            return choices(user, model, null);
        }
    }

    @GetMapping("/{creditCode}/edit")
    String editForm(@AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, Model model) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        return show(user, model, EnterpriseForm.of(enterprise), enterprise);
    }

    @PostMapping("/{creditCode}")
    String update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @Valid @ModelAttribute("form") EnterpriseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        if (form.version() == null) {
            FormErrors.conflict(result);
        }
        if (result.hasErrors()) {
            return choices(user, model, enterprise);
        }
        try {
            commands.update(user.zoneId(), user.getUsername(), enterprise.creditCode(), form.version(), form.toData());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return choices(user, model, enterprise);
        } catch (OptimisticLockingFailureException stale) {
            FormErrors.conflict(result);
            return choices(user, model, enterprise);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("registry.flash.saved", new Object[] {form.name()}));
        return "redirect:/registry/enterprises/" + UriUtils.encodePathSegment(enterprise.creditCode(), "UTF-8");
    }

    private String show(ZoneUser user, Model model, EnterpriseForm form, Enterprise enterprise) {
        model.addAttribute("form", form);
        return choices(user, model, enterprise);
    }

    private String choices(ZoneUser user, Model model, Enterprise enterprise) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("chains", queries.chains(user.zoneId()));
        model.addAttribute("scales", Scale.values());
        model.addAttribute("categories", EmergingCategory.values());
        return VIEW;
    }
}
