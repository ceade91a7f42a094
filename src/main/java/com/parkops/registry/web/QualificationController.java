package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.Qualification;
import com.parkops.registry.QualificationKind;
import com.parkops.registry.QualificationLevel;
import com.parkops.registry.QualificationStatus;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and editing an enterprise's qualifications (ADMIN and STAFF). */
@Controller
@RequestMapping("/registry/enterprises/{creditCode}/qualifications")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class QualificationController implements RegistryPage {

    private final EnterpriseCommands commands;
    private final Visibility visibility;
    private final MessageSourceAccessor messages;

    QualificationController(EnterpriseCommands commands, Visibility visibility, MessageSource messages) {
        this.commands = commands;
        this.visibility = visibility;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String addForm(@AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, Model model) {
        model.addAttribute("form", QualificationForm.empty());
        return view(visibility.enterprise(user, creditCode), null, model);
    }

    @PostMapping
    String add(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @Valid @ModelAttribute("form") QualificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        if (!result.hasErrors()) {
            try {
                commands.addQualification(user.zoneId(), user.getUsername(), enterprise.creditCode(), form.toData());
                return saved(enterprise, redirect);
            } catch (InvalidInputException refused) {
                InputErrors.add(result, refused);
            }
        }
        return view(enterprise, null, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @PathVariable UUID id,
            Model model) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        model.addAttribute("form", QualificationForm.of(held(enterprise, id)));
        return view(enterprise, id, model);
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") QualificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        held(enterprise, id);
        if (form.version() == null) {
            FormErrors.conflict(result);
        }
        if (!result.hasErrors()) {
            try {
                commands.updateQualification(
                        user.zoneId(), user.getUsername(), enterprise.creditCode(), id, form.version(), form.toData());
                return saved(enterprise, redirect);
            } catch (InvalidInputException refused) {
                InputErrors.add(result, refused);
            } catch (OptimisticLockingFailureException stale) {
                FormErrors.conflict(result);
            }
        }
        return view(enterprise, id, model);
    }

    private String saved(Enterprise enterprise, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage("registry.flash.qualificationSaved"));
        return "redirect:/registry/enterprises/" + enterprise.creditCode();
    }

    private static Qualification held(Enterprise enterprise, UUID id) {
        return enterprise.qualifications().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No qualification " + id));
    }

    private static String view(Enterprise enterprise, UUID id, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("qualificationId", id);
        model.addAttribute("kinds", QualificationKind.values());
        model.addAttribute("levels", QualificationLevel.values());
        model.addAttribute("statuses", QualificationStatus.values());
        return "registry/qualification-form";
    }
}
