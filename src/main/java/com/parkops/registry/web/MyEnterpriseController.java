package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise user's own profile: the registered facts to read, and the address and contacts
 * to keep up to date. Nothing that counts for grading can be changed here.
 */
@Controller
@RequestMapping("/registry/my")
class MyEnterpriseController implements RegistryPage {

    private static final String VIEW = "registry/my";

    private final EnterpriseCommands commands;
    private final Visibility visibility;
    private final DetailModel details;
    private final MessageSourceAccessor messages;

    MyEnterpriseController(
            EnterpriseCommands commands, Visibility visibility, DetailModel details, MessageSource messages) {
        this.commands = commands;
        this.visibility = visibility;
        this.details = details;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@AuthenticationPrincipal ZoneUser user, Model model) {
        if (!user.is(Role.ENTERPRISE)) {
            return "redirect:/registry/enterprises";
        }
        Enterprise own = visibility.own(user);
        model.addAttribute("form", ContactsForm.of(own));
        details.addFacts(user, own, model);
        return VIEW;
    }

    @PostMapping
    String saveContacts(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("form") ContactsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enterprise own = visibility.own(user);
        if (form.version() == null) {
            FormErrors.conflict(result);
        }
        if (!result.hasErrors()) {
            try {
                commands.updateContacts(
                        user.zoneId(), user.getUsername(), own.creditCode(), form.version(), form.toContacts());
                redirect.addFlashAttribute("flash", messages.getMessage("registry.flash.contactsSaved"));
                return "redirect:/registry/my";
            } catch (InvalidInputException refused) {
                InputErrors.add(result, refused);
            } catch (OptimisticLockingFailureException stale) {
                FormErrors.conflict(result);
            }
        }
        details.addFacts(user, own, model);
        return VIEW;
    }
}
