package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.ReportingReminders;
import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise user's reporting calendar of a year (months due, their state, overdue ones and
 * the zone's reminders), its accepted figures of the year, its reports, and one report read-only.
 * Only ever the user's own enterprise: another enterprise's report answers 404.
 */
@Controller
@RequestMapping("/indicators/reporting")
@PreAuthorize("hasRole('ENTERPRISE')")
class ReportingController implements ReportingPage {

    private final Submissions submissions;
    private final ReportingReminders reminders;
    private final IndicatorValues values;
    private final ReportingFields fields;
    private final ReportRows rows;

    ReportingController(
            Submissions submissions,
            ReportingReminders reminders,
            IndicatorValues values,
            ReportingFields fields,
            ReportRows rows) {
        this.submissions = submissions;
        this.reminders = reminders;
        this.values = values;
        this.fields = fields;
        this.rows = rows;
    }

    @GetMapping
    String calendar(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) Integer year,
            Model model,
            Locale locale) {
        UUID enterprise = own(user);
        YearMonth thisMonth = submissions.thisMonth(user.zoneId());
        int shown = year == null || year < 2000 || year > thisMonth.getYear() + 1 ? thisMonth.getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("thisYear", thisMonth.getYear());
        model.addAttribute("months", submissions.calendar(user.zoneId(), enterprise, shown));
        model.addAttribute("reminders", reminders.pending(user.zoneId(), enterprise));
        model.addAttribute(
                "reports",
                submissions
                        .search(user.zoneId(), Submissions.Filter.own(enterprise, null, null, null), 0, 100)
                        .items());
        model.addAttribute("basis", submissions.defaultBasis());
        model.addAttribute(
                "figures",
                YearFigures.of(
                        values.figures(user.zoneId(), enterprise, shown),
                        fields.of(user.zoneId(), YearMonth.of(shown, 12), locale),
                        submissions.defaultBasis()));
        return "indicators/reporting/calendar";
    }

    @GetMapping("/submissions/{id}")
    String report(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, Model model, Locale locale) {
        SubmissionView report = submissions
                .find(user.zoneId(), id)
                .filter(found -> found.enterpriseId().equals(own(user)))
                .orElseThrow(() -> new NotFoundException("No report " + id));
        model.addAttribute("report", report);
        model.addAttribute("rows", rows.forReport(user.zoneId(), report, locale));
        model.addAttribute("general", ReportRows.general(report.findings(), locale));
        model.addAttribute("history", submissions.history(user.zoneId(), id));
        model.addAttribute("labels", fields.labels(user.zoneId(), report.period(), locale));
        model.addAttribute("revisions", values.revisions(user.zoneId(), report.enterpriseId(), report.period()));
        return "indicators/reporting/detail";
    }

    static UUID own(ZoneUser user) {
        return user.enterpriseId().orElseThrow(() -> new NotFoundException("No enterprise"));
    }
}
