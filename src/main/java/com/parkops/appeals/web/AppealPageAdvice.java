package com.parkops.appeals.web;

import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.ZoneId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every appeal page shares: times shown in the zone's own time zone. */
@ControllerAdvice(assignableTypes = AppealPage.class)
class AppealPageAdvice {

    private final Zones zones;

    AppealPageAdvice(Zones zones) {
        this.zones = zones;
    }

    @ModelAttribute("timeZone")
    ZoneId timeZone(@AuthenticationPrincipal ZoneUser user) {
        return user == null ? ZoneId.of("Asia/Shanghai") : zones.timeZone(user.zoneId());
    }
}
