package com.parkops.indicators.web;

import com.parkops.indicators.IndicatorValues;
import com.parkops.indicators.ReportingReminders;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Overdue monthly reports and reminders for scripts (ADMIN and STAFF): {@code GET overdue?period=}
 * (default: the zone's last closed month) and {@code POST reminders} {@code {"creditCode":…,
 * "period":"YYYY-MM"}}, 409 when that report is not overdue.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
class ReminderApiController {

    record ReminderRequest(String creditCode, YearMonth period) {}

    private final ReportingReminders reminders;
    private final IndicatorValues values;

    ReminderApiController(ReportingReminders reminders, IndicatorValues values) {
        this.reminders = reminders;
        this.values = values;
    }

    @GetMapping("/overdue")
    List<ReportingReminders.Overdue> overdue(
            @AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) YearMonth period) {
        return reminders.overdue(user.zoneId(), period == null ? reminders.lastClosedPeriod(user.zoneId()) : period);
    }

    @PostMapping("/reminders")
    ReportingReminders.Reminder remind(@AuthenticationPrincipal ZoneUser user, @RequestBody ReminderRequest request) {
        if (request.period() == null) {
            throw new IllegalArgumentException("period is required, as YYYY-MM");
        }
        var enterprise = values.enterpriseOf(user.zoneId(), request.creditCode())
                .orElseThrow(() -> new NotFoundException("No such enterprise: " + request.creditCode()));
        return reminders.remind(user.zoneId(), user.getUsername(), enterprise, request.period());
    }
}
