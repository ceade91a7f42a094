package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationSchemes;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The structured scheme form: a copy of a preset or stored scheme ({@code /new?from=…}) and the
 * edit of a stored scheme. Add and remove buttons come back to the form without saving; saving
 * goes through {@link EvaluationSchemes#create} or {@link EvaluationSchemes#update}, and every
 * problem shows next to its field with a summary on top, nothing saved. A leader sees a stored
 * scheme read-only.
 */
@Controller
@RequestMapping("/evaluation/schemes")
class SchemeFormController {

    private static final String NEW = "/evaluation/schemes/new";

    private final EvaluationSchemes schemes;
    private final SchemeCards cards;
    private final EvaluationText text;
    private final Zones zones;

    SchemeFormController(EvaluationSchemes schemes, SchemeCards cards, EvaluationText text, Zones zones) {
        this.schemes = schemes;
        this.cards = cards;
        this.text = text;
        this.zones = zones;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** A new scheme: a copy of {@code from} (preset:<key> or scheme:<id>), or blank. */
    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String newForm(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String name,
            Model model) {
        int lastYear = zones.today(user.zoneId()).getYear() - 1;
        int chosenYear = year != null ? year : lastYear;
        SchemeForm form;
        if (SchemeNumbers.text(from) == null) {
            form = SchemeForm.blank(chosenYear);
            form.setName(SchemeNumbers.text(name));
        } else {
            SchemeCard source = cards.find(user.zoneId(), from.strip());
            String chosenName = SchemeNumbers.text(name) == null ? source.title() : name.strip();
            form = SchemeForm.of(source.scheme(), chosenYear, chosenName, source.ref(), null);
        }
        return page(user, model, form, null, noErrors(form));
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String create(
            @AuthenticationPrincipal ZoneUser user,
            @ModelAttribute("form") SchemeForm form,
            BindingResult binding,
            @RequestParam(defaultValue = SchemeFormEdits.SAVE) String action,
            Model model,
            RedirectAttributes redirect) {
        if (SchemeFormEdits.apply(form, action)) {
            return edited(user, model, form, null);
        }
        SchemeFormErrors errors = check(form, binding);
        if (errors.isEmpty()) {
            try {
                EvaluationSchemes.StoredScheme saved = schemes.create(
                        user.zoneId(),
                        user.getUsername(),
                        form.getYear(),
                        form.getName().strip(),
                        form.toScheme(),
                        SchemeNumbers.text(form.getFrom()));
                return saved(saved, "schemes.flash.created", redirect);
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.addSchemeError(e.field(), e.message()));
            } catch (ConflictException taken) {
                errors.add("name", nameTaken(form));
            }
        }
        return page(user, model, form, null, errors);
    }

    /** A stored scheme: the form for ADMIN and STAFF, read-only for a leader. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    String edit(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model) {
        SchemeCard card = cards.stored(user.zoneId(), id);
        if (!SchemePagesController.mayWrite(user)) {
            model.addAttribute("card", card);
            model.addAttribute("timeZone", zones.timeZone(user.zoneId()));
            return "evaluation/schemes/view";
        }
        SchemeForm form = SchemeForm.of(card.scheme(), card.year(), card.title(), null, card.version());
        return page(user, model, form, card, noErrors(form));
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    String update(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") SchemeForm form,
            BindingResult binding,
            @RequestParam(defaultValue = SchemeFormEdits.SAVE) String action,
            Model model,
            RedirectAttributes redirect) {
        SchemeCard card = cards.stored(user.zoneId(), id);
        if (SchemeFormEdits.apply(form, action)) {
            return edited(user, model, form, card);
        }
        SchemeFormErrors errors = check(form, binding);
        if (errors.isEmpty()) {
            try {
                EvaluationSchemes.StoredScheme saved = schemes.update(
                        user.zoneId(),
                        user.getUsername(),
                        id,
                        form.getVersion() == null ? -1 : form.getVersion(),
                        form.getYear(),
                        form.getName().strip(),
                        form.toScheme());
                return saved(saved, "schemes.flash.updated", redirect);
            } catch (InvalidInputException refused) {
                refused.errors().forEach(e -> errors.addSchemeError(e.field(), e.message()));
            } catch (ConflictException taken) {
                errors.add("name", nameTaken(form));
            } catch (OptimisticLockingFailureException stale) {
                errors.add(null, text.get("schemes.error.stale"));
                model.addAttribute("stale", true);
            }
        }
        return page(user, model, form, card, errors);
    }

    /**
     * Every problem of the submitted form at once: numbers that are not numbers, name and year,
     * then the scheme rules. A field that could not be read reports only that.
     */
    private SchemeFormErrors check(SchemeForm form, BindingResult binding) {
        SchemeFormErrors errors = noErrors(form);
        Set<String> unreadable =
                binding.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        unreadable.forEach(field -> errors.add(field, text.get("schemes.error.number")));
        if (SchemeNumbers.text(form.getName()) == null) {
            errors.add("name", text.get("evaluation.scheme.required"));
        }
        Integer year = form.getYear();
        if (!unreadable.contains("year")
                && (year == null || year < EvaluationText.FIRST_YEAR || year > EvaluationText.LAST_YEAR)) {
            errors.add(
                    "year",
                    text.get(
                            "schemes.error.year",
                            String.valueOf(EvaluationText.FIRST_YEAR),
                            String.valueOf(EvaluationText.LAST_YEAR)));
        }
        try {
            schemes.validate(form.toScheme());
        } catch (InvalidInputException refused) {
            for (InputError error : refused.errors()) {
                if (!unreadable.contains(SchemeFormErrors.formPath(error.field()))) {
                    errors.addSchemeError(error.field(), error.message());
                }
            }
        }
        return errors;
    }

    /**
     * The only conflict create and update report: the year already has a scheme of that name
     * (said here with the year as written, not as a grouped number).
     */
    private String nameTaken(SchemeForm form) {
        return text.get(
                "schemes.error.nameTaken",
                String.valueOf(form.getYear()),
                form.getName().strip());
    }

    private SchemeFormErrors noErrors(SchemeForm form) {
        return new SchemeFormErrors(new SchemeErrorPlaces(form, text));
    }

    /**
     * After an add or remove the rows have moved, so values the binder could not read belong to
     * other rows now: the form is shown fresh, without them.
     */
    private String edited(ZoneUser user, Model model, SchemeForm form, SchemeCard card) {
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
        return page(user, model, form, card, noErrors(form));
    }

    private String saved(EvaluationSchemes.StoredScheme saved, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", text.get(flash, saved.name(), String.valueOf(saved.year())));
        redirect.addAttribute("view", SchemeCard.STORED + saved.id());
        return "redirect:/evaluation/schemes#scheme-" + saved.id();
    }

    private String page(ZoneUser user, Model model, SchemeForm form, SchemeCard card, SchemeFormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", SchemeChoices.ALL);
        model.addAttribute("grades", List.of("A", "B", "C", "D"));
        model.addAttribute("itemKinds", List.of("bonus", "penalty"));
        model.addAttribute("formUrl", card == null ? NEW : "/evaluation/schemes/" + card.id());
        model.addAttribute("heading", heading(form, card));
        model.addAttribute("sourceTitle", card == null ? sourceTitle(user, form.getFrom()) : null);
        return "evaluation/schemes/form";
    }

    private String heading(SchemeForm form, SchemeCard card) {
        if (card != null) {
            return text.get("schemes.form.edit", card.title());
        }
        return text.get(SchemeNumbers.text(form.getFrom()) == null ? "schemes.form.new" : "schemes.form.copy");
    }

    /** The source's title, or null when there is none or it is gone meanwhile. */
    private String sourceTitle(ZoneUser user, String from) {
        if (SchemeNumbers.text(from) == null) {
            return null;
        }
        try {
            SchemeCard source = cards.find(user.zoneId(), from.strip());
            return source.isPreset()
                    ? source.title()
                    : text.get("schemes.basedOn.stored", source.title(), String.valueOf(source.year()));
        } catch (NotFoundException gone) {
            return null;
        }
    }
}
