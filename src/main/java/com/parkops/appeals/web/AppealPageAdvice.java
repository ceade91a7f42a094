package com.parkops.appeals.web;

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
 * What every appeal page shares: times shown in the zone's own time zone, and an appeal, meeting or
 * file that does not exist or lies outside the user's scope answered as the plain 404 page.
 */
@ControllerAdvice(assignableTypes = AppealScreen.class)
class AppealPageAdvice {

    private final Zones zones;

    AppealPageAdvice(Zones zones) {
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
