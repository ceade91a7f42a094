package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseCommands;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import java.time.Year;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting the patents an enterprise was granted in a year (ADMIN and STAFF). */
@Controller
@RequestMapping("/registry/enterprises/{creditCode}/patents")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class PatentController implements RegistryPage {

    private final EnterpriseQueries queries;
    private final EnterpriseCommands commands;
    private final Visibility visibility;
    private final MessageSourceAccessor messages;

    PatentController(
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

    @GetMapping
    String form(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @RequestParam(required = false) Integer year,
            Model model) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        int shown = year == null ? Year.now().getValue() - 1 : year;
        PatentRow row = PatentRow.of(queries.patents(user.zoneId(), enterprise.id())).stream()
                .filter(r -> r.year() == shown)
                .findFirst()
                .orElse(null);
        model.addAttribute("form", PatentForm.of(shown, row));
        return view(enterprise, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable String creditCode,
            @Valid @ModelAttribute("form") PatentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enterprise enterprise = visibility.enterprise(user, creditCode);
        if (result.hasErrors()) {
            return view(enterprise, model);
        }
        try {
            commands.setPatents(
                    user.zoneId(), user.getUsername(), enterprise.creditCode(), form.year(), form.granted());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(enterprise, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("registry.flash.patentsSaved"));
        return "redirect:/registry/enterprises/" + enterprise.creditCode();
    }

    private static String view(Enterprise enterprise, Model model) {
        model.addAttribute("enterprise", enterprise);
        return "registry/patents-form";
    }
}
