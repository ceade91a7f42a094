package com.parkops.registry.web;

import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseQueries;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The zone's registry settings and its list of industry chains (ADMIN and STAFF). */
@Controller
@RequestMapping("/registry/settings")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class SettingsController implements RegistryPage {

    private static final String VIEW = "registry/settings";

    private final EnterpriseQueries queries;
    private final EnterpriseCommands commands;
    private final MessageSourceAccessor messages;

    SettingsController(EnterpriseQueries queries, EnterpriseCommands commands, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@AuthenticationPrincipal ZoneUser user, Model model) {
        model.addAttribute("form", SettingsForm.of(queries.settings(user.zoneId())));
        model.addAttribute("chainForm", new ChainForm(null));
        return view(user, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("chainForm", new ChainForm(null));
        if (result.hasErrors()) {
            return view(user, model);
        }
        try {
            commands.updateSettings(user.zoneId(), user.getUsername(), form.toSettings());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(user, model);
        } catch (OptimisticLockingFailureException stale) {
            FormErrors.conflict(result);
            return view(user, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("registry.flash.settingsSaved"));
        return "redirect:/registry/settings";
    }

    @PostMapping("/chains")
    String addChain(
            @AuthenticationPrincipal ZoneUser user,
            @Valid @ModelAttribute("chainForm") ChainForm chainForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String name = commands.ensureChain(user.zoneId(), user.getUsername(), chainForm.name());
                redirect.addFlashAttribute(
                        "flash", messages.getMessage("registry.flash.chainAdded", new Object[] {name}));
                return "redirect:/registry/settings";
            } catch (InvalidInputException refused) {
                InputErrors.add(result, refused);
            }
        }
        model.addAttribute("form", SettingsForm.of(queries.settings(user.zoneId())));
        return view(user, model);
    }

    private String view(ZoneUser user, Model model) {
        model.addAttribute("chains", queries.chains(user.zoneId()));
        return VIEW;
    }
}
