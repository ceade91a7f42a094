package com.parkops.investment.web;

import com.parkops.investment.PromiseTracking;
import com.parkops.investment.PromiseTracking.PromiseReport;
import com.parkops.investment.PromiseTracking.PromiseSettings;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Promise tracking: {@code GET ?year=} (default the latest complete year) lists every producing
 * project with promised, actual and ratio per promise; the shortfall threshold is read by staff
 * and leaders and set by administrators.
 */
@RestController
@RequestMapping("/api/v1/investment/promises")
class PromiseApiController {

    /** {@code version} is optional; when given and stale the update answers 409. */
    record SettingsRequest(BigDecimal shortfallPercent, Integer version) {}

    private final PromiseTracking promises;
    private final ContestYears years;

    PromiseApiController(PromiseTracking promises, ContestYears years) {
        this.promises = promises;
        this.years = years;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    PromiseReport report(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year) {
        int chosen = year == null ? promises.latestCompleteYear(user.zoneId()) : years.check(year);
        return promises.report(user.zoneId(), chosen);
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    PromiseSettings settings(@AuthenticationPrincipal ZoneUser user) {
        return promises.settings(user.zoneId());
    }

    @PutMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    PromiseSettings update(@AuthenticationPrincipal ZoneUser user, @RequestBody SettingsRequest request) {
        return promises.updateSettings(
                user.zoneId(), user.getUsername(), request.shortfallPercent(), request.version());
    }
}
