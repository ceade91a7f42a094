package com.parkops.indicators.web;

import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every reporting and review page shares: times shown in the zone's time zone, and a report
 * that does not exist, or that belongs to another enterprise, as the same plain 404 page, so
 * nothing can be learnt about other enterprises' reports.
 */
@ControllerAdvice(assignableTypes = ReportingPage.class)
class ReportingPageAdvice {

    private final Zones zones;

    ReportingPageAdvice(Zones zones) {
        this.zones = zones;
    }

    @ModelAttribute("timeZone")
    ZoneId timeZone(@AuthenticationPrincipal ZoneUser user) {
        return user == null
                ? ZoneId.of("Asia/Shanghai")
                : zones.find(user.zoneId())
                        .map(zone -> ZoneId.of(zone.timeZone()))
                        .orElse(ZoneId.of("Asia/Shanghai"));
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "indicators/reporting/not-found";
    }
}
