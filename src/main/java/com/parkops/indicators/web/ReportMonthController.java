package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.ExplanationRequiredException;
import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's form for one month: fill the figures on the zone's basis, save a draft, submit.
 * Findings of the quality rules show next to their figures with a box for the explanation; a
 * flagged report is submitted only once explained. An accepted month can be corrected ({@code
 * ?correct=true}), which sends it through review again.
 */
@Controller
@RequestMapping("/indicators/reporting/{period}")
@PreAuthorize("hasRole('ENTERPRISE')")
class ReportMonthController implements ReportingPage {

    private static final String VIEW = "indicators/reporting/form";

    private final Submissions submissions;
    private final IndicatorValues values;
    private final ReportingFields fields;
    private final ReportRows rows;
    private final MessageSourceAccessor messages;

    ReportMonthController(
            Submissions submissions,
            IndicatorValues values,
            ReportingFields fields,
            ReportRows rows,
            MessageSource messages) {
        this.submissions = submissions;
        this.values = values;
        this.fields = fields;
        this.rows = rows;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String month(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable YearMonth period,
            @RequestParam(defaultValue = "false") boolean correct,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        UUID enterprise = ReportingController.own(user);
        if (period.isAfter(submissions.thisMonth(user.zoneId()))) {
            redirect.addFlashAttribute("flashError", messages.getMessage("reporting.error.periodNotOpen"));
            return "redirect:/indicators/reporting?year=" + period.getYear();
        }
        Optional<SubmissionView> report = submissions.find(user.zoneId(), enterprise, period);
        ReportForm form = report.map(ReportForm::of).orElseGet(ReportForm::empty);
        return view(user, enterprise, period, report, form, Map.of(), correct, model, locale);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable YearMonth period,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        UUID enterprise = ReportingController.own(user);
        Optional<SubmissionView> report = submissions.find(user.zoneId(), enterprise, period);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> codes = fields.of(user.zoneId(), period, locale).stream()
                .map(ReportingFields.Field::code)
                .toList();
        Map<String, BigDecimal> figures = form.figures(
                codes, errors, text -> messages.getMessage("reporting.error.notNumber", new Object[] {text}));
        form.checkExplanations(errors, messages.getMessage("reporting.error.tooLong"));
        if (result.hasErrors() || !errors.isEmpty()) {
            return view(user, enterprise, period, report, form, errors, true, model, locale);
        }
        Basis basis = report.map(SubmissionView::basis).orElseGet(submissions::defaultBasis);
        String target = "redirect:/indicators/reporting/" + period;
        try {
            submissions.save(
                    user.zoneId(),
                    user.getUsername(),
                    enterprise,
                    new Submissions.Draft(
                            period,
                            basis,
                            figures,
                            form.explanation(),
                            form.explanations(),
                            form.version(),
                            form.submitting()));
            redirect.addFlashAttribute(
                    "flash",
                    messages.getMessage(form.submitting() ? "reporting.flash.submitted" : "reporting.flash.saved"));
        } catch (ExplanationRequiredException unexplained) {
            redirect.addFlashAttribute("flashError", messages.getMessage("reporting.error.explanationRequired"));
        } catch (InvalidInputException refused) {
            for (InputError error : refused.errors()) {
                errors.putIfAbsent(error.field() == null ? "" : error.field(), error.message());
            }
            model.addAttribute("flashError", refused.getMessage());
            return view(user, enterprise, period, report, form, errors, true, model, locale);
        } catch (ConflictException | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("reporting.error.changed"));
        }
        return target;
    }

    private String view(
            ZoneUser user,
            UUID enterprise,
            YearMonth period,
            Optional<SubmissionView> report,
            ReportForm form,
            Map<String, String> errors,
            boolean correct,
            Model model,
            Locale locale) {
        SubmissionStatus status = report.map(SubmissionView::status).orElse(null);
        boolean editable = status == null || status.editable() || (status == SubmissionStatus.ACCEPTED && correct);
        Basis basis = report.map(SubmissionView::basis).orElseGet(submissions::defaultBasis);
        model.addAttribute("period", period);
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("basis", basis);
        model.addAttribute("editable", editable);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "month",
                submissions
                        .calendar(user.zoneId(), enterprise, period.getYear())
                        .get(period.getMonthValue() - 1));
        model.addAttribute(
                "rows", rows.forForm(user.zoneId(), enterprise, period, basis, form, report, errors, locale));
        model.addAttribute(
                "general",
                ReportRows.general(report.map(SubmissionView::findings).orElse(List.of()), locale));
        model.addAttribute(
                "history",
                report.map(r -> submissions.history(user.zoneId(), r.id())).orElse(List.of()));
        model.addAttribute("revisions", values.revisions(user.zoneId(), enterprise, period));
        model.addAttribute("labels", fields.labels(user.zoneId(), period, locale));
        return VIEW;
    }
}
