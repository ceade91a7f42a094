package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationPolicies;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.PolicyTable;
import com.parkops.evaluation.Priority;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consequences per grade (差别化政策) as one table: leaders read it, ADMIN and STAFF edit it
 * in place.
 */
@Controller
@RequestMapping("/evaluation/policy")
class PolicyPageController {

    private static final String VIEW = "evaluation/policy";

    private final EvaluationPolicies policies;
    private final EvaluationText text;
    private final Zones zones;

    PolicyPageController(EvaluationPolicies policies, EvaluationText text, Zones zones) {
        this.policies = policies;
        this.text = text;
        this.zones = zones;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String page(@AuthenticationPrincipal ZoneUser user, Model model) {
        PolicyTable table = policies.table(user.zoneId());
        model.addAttribute("form", PolicyForm.of(table));
        return view(user, table, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String save(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") PolicyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PolicyTable table = policies.table(user.zoneId());
        if (result.hasErrors()) {
            return view(user, table, model);
        }
        try {
            policies.save(user.zoneId(), user.getUsername(), form.versionOrZero(), form.toPolicies());
        } catch (InvalidInputException refused) {
            for (InputError error : refused.errors()) {
                result.addError(new FieldError("form", error.field(), null, false, null, null, error.message()));
            }
            result.reject("consequences.error.invalid");
            return view(user, table, model);
        } catch (ConflictException stale) {
            result.reject("consequences.error.stale");
            return view(user, table, model);
        }
        redirect.addFlashAttribute("flash", text.get("consequences.flash.saved"));
        return "redirect:/evaluation/policy";
    }

    private String view(ZoneUser user, PolicyTable table, Model model) {
        model.addAttribute("table", table);
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("amounts", PolicyRows.AMOUNTS);
        model.addAttribute("priorityRows", PolicyRows.PRIORITIES);
        model.addAttribute("textRows", PolicyRows.TEXTS);
        model.addAttribute("canEdit", user.is(Role.ADMIN) || user.is(Role.STAFF));
        return VIEW;
    }
}
