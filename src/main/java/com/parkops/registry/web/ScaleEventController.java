package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.ScaleEventKind;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording 培育, 申报, 入规 or 退规 for an enterprise (ADMIN and STAFF). */
@Controller
@RequestMapping("/registry/enterprises/{creditCode}/scale-events")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ScaleEventController implements RegistryPage {

    private final EnterpriseCommands commands;
    private final Visibility visibility;
    private final MessageSourceAccessor messages;

    ScaleEventController(EnterpriseCommands commands, Visibility visibility, MessageSource messages) {
        this.commands = commands;
        this.visibility = visibility;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal ZoneUser user, @PathVariable String creditCode, Model model) {
        model.addAttribute("form", ScaleEventForm.empty());
        return view(visibility.enterprise(user, creditCode), model);
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @Valid @ModelAttribute("form") ScaleEventForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        if (result.hasErrors()) {
            return view(enterprise, model);
        }
        try {
            commands.recordScaleEvent(
                    user.zoneId(),
                    user.getUsername(),
                    enterprise.creditCode(),
                    form.kind(),
                    form.period(),
                    form.note());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(enterprise, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("registry.flash.scaleRecorded"));
        return "redirect:/registry/enterprises/" + enterprise.creditCode();
    }

    private static String view(Enterprise enterprise, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("kinds", ScaleEventKind.values());
        return "registry/scale-event-form";
    }
}
