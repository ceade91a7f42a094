package com.parkops.evaluation.web;

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
 * What the lifecycle pages share: times shown in the zone's own time zone, and a record that is
 * not there (or belongs to another enterprise) as the same plain 404 page, so that nothing can be
 * learnt about other enterprises' objections.
 */
@ControllerAdvice(assignableTypes = LifecyclePage.class)
class LifecyclePageAdvice {

    private final Zones zones;

    LifecyclePageAdvice(Zones zones) {
        this.zones = zones;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ModelAttribute("timeZone")
    ZoneId timeZone(@AuthenticationPrincipal ZoneUser user) {
        return user == null ? ZoneId.of("Asia/Shanghai") : zones.timeZone(user.zoneId());
    }
}
