package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.ReportingReminders;
import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff review of monthly reports: the queue (by period, status, flagged), one report against the
 * month before and a year before with its findings and explanations, accept or return with a
 * reason, and the enterprises whose report of a month is overdue, with a reminder to each.
 */
@Controller
@RequestMapping("/indicators/review")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ReviewController implements ReportingPage {

    private static final int PAGE_SIZE = 50;
    private static final List<SubmissionStatus> REVIEWABLE =
            List.of(SubmissionStatus.SUBMITTED, SubmissionStatus.RETURNED, SubmissionStatus.ACCEPTED);

    private final Submissions submissions;
    private final ReportingReminders reminders;
    private final IndicatorValues values;
    private final ReportRows rows;
    private final ReportingFields fields;
    private final MessageSourceAccessor messages;

    ReviewController(
            Submissions submissions,
            ReportingReminders reminders,
            IndicatorValues values,
            ReportRows rows,
            ReportingFields fields,
            MessageSource messages) {
        this.submissions = submissions;
        this.reminders = reminders;
        this.values = values;
        this.rows = rows;
        this.fields = fields;
        this.messages = new MessageSourceAccessor(messages);
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String queue(
            @AuthenticationPrincipal ZoneUser user,
            ReviewQuery query,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("query", query);
        model.addAttribute("statuses", REVIEWABLE);
        model.addAttribute("page", submissions.search(user.zoneId(), query.filter(), query.pageNumber(), PAGE_SIZE));
        if (htmx != null) {
            return "indicators/review/queue :: results";
        }
        YearMonth overdue =
                query.overdueValue() == null ? reminders.lastClosedPeriod(user.zoneId()) : query.overdueValue();
        model.addAttribute("overduePeriod", overdue);
        model.addAttribute("overdue", reminders.overdue(user.zoneId(), overdue));
        return "indicators/review/queue";
    }

    @GetMapping("/{id}")
    String report(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("returnForm", ReturnForm.empty(null));
        return detail(user, id, model, locale);
    }

    @PostMapping("/{id}/accept")
    String accept(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        try {
            submissions.accept(user.zoneId(), user.getUsername(), id, version);
            redirect.addFlashAttribute("flash", messages.getMessage("reporting.flash.accepted"));
        } catch (ConflictException | OptimisticLockingFailureException refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage("reporting.error.notAcceptable"));
        }
        return "redirect:/indicators/review/" + id;
    }

    @PostMapping("/{id}/return")
    String returnForChanges(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return detail(user, id, model, locale);
        }
        try {
            submissions.returnForChanges(user.zoneId(), user.getUsername(), id, form.version(), form.reason());
            redirect.addFlashAttribute("flash", messages.getMessage("reporting.flash.returned"));
        } catch (ConflictException | OptimisticLockingFailureException refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage("reporting.error.changed"));
        }
        return "redirect:/indicators/review/" + id;
    }

    @PostMapping("/reminders")
    String remind(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam UUID enterpriseId,
            @RequestParam YearMonth period,
            RedirectAttributes redirect) {
        try {
            reminders.remind(user.zoneId(), user.getUsername(), enterpriseId, period);
            redirect.addFlashAttribute("flash", messages.getMessage("reporting.flash.reminded"));
        } catch (ConflictException notOverdue) {
            redirect.addFlashAttribute("flashError", messages.getMessage("reporting.error.notOverdue"));
        }
        return "redirect:/indicators/review?overdue=" + period + "#overdue";
    }

    private String detail(ZoneUser user, UUID id, Model model, Locale locale) {
        SubmissionView report = submissions
                .find(user.zoneId(), id)
                .filter(found -> found.status() != SubmissionStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("No report " + id));
        model.addAttribute("report", report);
        model.addAttribute("rows", rows.forReport(user.zoneId(), report, locale));
        model.addAttribute("general", ReportRows.general(report.findings(), locale));
        model.addAttribute("history", submissions.history(user.zoneId(), id));
        model.addAttribute("labels", fields.labels(user.zoneId(), report.period(), locale));
        model.addAttribute("revisions", values.revisions(user.zoneId(), report.enterpriseId(), report.period()));
        return "indicators/review/detail";
    }
}
