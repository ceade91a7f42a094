package com.parkops.appeals.web;

import com.parkops.appeals.AppealMetrics;
import com.parkops.appeals.MetricDefinitions;
import com.parkops.appeals.MetricsReport;
import com.parkops.appeals.OverdueAppeal;
import com.parkops.zone.ZoneUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Metrics per department for a period ({@code from}, {@code to}: ISO dates, inclusive, zone time),
 * the overdue list in the caller's scope, and the zone's metric definitions. Administrators,
 * leaders and staff; enterprise users and stewards get 403.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class MetricsApiController {

    private final AppealMetrics metrics;

    MetricsApiController(AppealMetrics metrics) {
        this.metrics = metrics;
    }

    @GetMapping("/metrics")
    MetricsReport report(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return metrics.report(user, from, to);
    }

    @GetMapping("/overdue")
    List<OverdueAppeal> overdue(@AuthenticationPrincipal ZoneUser user) {
        return metrics.overdue(user);
    }

    @GetMapping("/metrics/definitions")
    MetricDefinitions definitions(@AuthenticationPrincipal ZoneUser user) {
        return metrics.definitions(user);
    }

    @PutMapping("/metrics/definitions")
    @PreAuthorize("hasRole('ADMIN')")
    MetricDefinitions save(@AuthenticationPrincipal ZoneUser admin, @RequestBody MetricDefinitions definitions) {
        return metrics.saveDefinitions(admin, definitions);
    }
}
