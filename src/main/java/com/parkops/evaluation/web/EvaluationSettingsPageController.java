package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationSettings;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.web.InputErrors;
import com.parkops.zone.ZoneUser;
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

/** The evaluation settings page: the objection window (公示期) in days (ADMIN and STAFF). */
@Controller
@RequestMapping("/evaluation/settings")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class EvaluationSettingsPageController implements LifecyclePage {

    /** The settings as a form. */
    record SettingsForm(Integer objectionDays, Integer version) {}

    private final EvaluationSettings settings;
    private final EvaluationText text;

    EvaluationSettingsPageController(EvaluationSettings settings, EvaluationText text) {
        this.settings = settings;
        this.text = text;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String page(@AuthenticationPrincipal ZoneUser user, Model model) {
        EvaluationSettings.Settings current = settings.get(user.zoneId());
        model.addAttribute("form", new SettingsForm(current.objectionDays(), current.version()));
        return view(model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // not a whole number; the page states the allowed range next to the field
            return view(model);
        }
        try {
            settings.update(user.zoneId(), user.getUsername(), form.objectionDays(), form.version());
        } catch (InvalidInputException refused) {
            InputErrors.add(result, refused);
            return view(model);
        } catch (ConflictException stale) {
            result.reject("objections.settings.error.stale");
            return view(model);
        }
        redirect.addFlashAttribute("flash", text.get("objections.settings.flash.saved"));
        return "redirect:/evaluation/settings";
    }

    private String view(Model model) {
        model.addAttribute("min", EvaluationSettings.MIN_OBJECTION_DAYS);
        model.addAttribute("max", EvaluationSettings.MAX_OBJECTION_DAYS);
        return "evaluation/settings";
    }
}
