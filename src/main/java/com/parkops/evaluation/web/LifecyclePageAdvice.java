package com.parkops.evaluation.web;

import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.ZoneId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the lifecycle pages share: times shown in the zone's own time zone. */
@ControllerAdvice(assignableTypes = LifecyclePage.class)
class LifecyclePageAdvice {

    private final Zones zones;

    LifecyclePageAdvice(Zones zones) {
        this.zones = zones;
    }

    @ModelAttribute("timeZone")
    ZoneId timeZone(@AuthenticationPrincipal ZoneUser user) {
        return user == null ? ZoneId.of("Asia/Shanghai") : zones.timeZone(user.zoneId());
    }
}
