package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation's start page: the zone's runs by year and, for ADMIN and STAFF, the form that
 * scores a year into a new draft with a preset or a stored scheme. An enterprise user is sent to
 * its own results.
 */
@Controller
@RequestMapping("/evaluation")
class RunListController {

    static final String VIEW = "evaluation/index";

    private final EvaluationRuns runs;
    private final EvaluationSchemes schemes;
    private final Zones zones;
    private final EvaluationText text;

    RunListController(EvaluationRuns runs, EvaluationSchemes schemes, Zones zones, EvaluationText text) {
        this.runs = runs;
        this.schemes = schemes;
        this.zones = zones;
        this.text = text;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    String list(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(name = "scheme", required = false) UUID scheme,
            @RequestParam(name = "preset", required = false) String preset,
            Model model) {
        if (user.is(Role.ENTERPRISE)) {
            return "redirect:/evaluation/my";
        }
        int lastCompleteYear = zones.today(user.zoneId()).getYear() - 1;
        String chosen = scheme != null
                ? RunForm.STORED + scheme
                : preset != null && schemes.preset(preset).isPresent() ? RunForm.PRESET + preset : null;
        model.addAttribute("form", new RunForm(String.valueOf(lastCompleteYear), chosen));
        return page(user, model);
    }

    @PostMapping("/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") RunForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Integer year = form.parsedYear();
        if (year == null) {
            errors.rejectValue(
                    "year",
                    "invalid",
                    text.get(
                            "evalpages.form.year",
                            String.valueOf(EvaluationText.FIRST_YEAR),
                            String.valueOf(EvaluationText.LAST_YEAR)));
        }
        Optional<Source> source = source(user, form.scheme());
        if (source.isEmpty()) {
            errors.rejectValue("scheme", "invalid", text.get("evalpages.form.scheme"));
        }
        if (!errors.hasErrors()) {
            try {
                EvaluationRun run = runs.create(
                        user.zoneId(),
                        user.getUsername(),
                        year,
                        source.get().scheme(),
                        source.get().schemeId());
                redirect.addFlashAttribute(
                        "flash",
                        text.get(
                                "evalpages.flash.created",
                                String.valueOf(run.year()),
                                RunResultsController.schemeName(run, text),
                                run.covered()));
                return "redirect:/evaluation/runs/" + run.id();
            } catch (InvalidInputException refused) {
                errors.reject("refused", refused.getMessage());
                for (InputError problem : refused.errors()) {
                    errors.reject("refused", text.get("evalpages.form.problem", problem.field(), problem.message()));
                }
            } catch (ConflictException conflict) {
                errors.reject("refused", conflict.getMessage());
            }
        }
        return page(user, model);
    }

    private String page(ZoneUser user, Model model) {
        Map<Integer, List<EvaluationRun>> byYear = new LinkedHashMap<>();
        for (EvaluationRun run : runs.list(user.zoneId(), null)) {
            byYear.computeIfAbsent(run.year(), y -> new ArrayList<>()).add(run);
        }
        model.addAttribute("years", byYear);
        model.addAttribute("presets", schemes.presets());
        model.addAttribute("stored", schemes.list(user.zoneId()));
        model.addAttribute("canManage", user.is(Role.ADMIN) || user.is(Role.STAFF));
        model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
        model.addAttribute("firstYear", EvaluationText.FIRST_YEAR);
        model.addAttribute("lastYear", EvaluationText.LAST_YEAR);
        return VIEW;
    }

    /** The scheme the form names, with the id of the stored scheme it came from (null for a preset). */
    private record Source(Scheme scheme, UUID schemeId) {}

    /** A stored scheme without a display name of its own runs under the name it is stored as. */
    private static Scheme named(EvaluationSchemes.StoredScheme stored) {
        Scheme scheme = stored.scheme();
        if (scheme.name() != null && !scheme.name().isBlank()) {
            return scheme;
        }
        return new Scheme(stored.name(), scheme.pools(), scheme.exemptions(), scheme.vetoItems());
    }

    private Optional<Source> source(ZoneUser user, String choice) {
        if (choice == null) {
            return Optional.empty();
        }
        if (choice.startsWith(RunForm.PRESET)) {
            return schemes.preset(choice.substring(RunForm.PRESET.length()))
                    .map(preset -> new Source(preset.scheme(), null));
        }
        if (choice.startsWith(RunForm.STORED)) {
            try {
                UUID id = UUID.fromString(choice.substring(RunForm.STORED.length()));
                return schemes.find(user.zoneId(), id).map(stored -> new Source(named(stored), stored.id()));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
