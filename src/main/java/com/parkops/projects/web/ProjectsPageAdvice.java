package com.parkops.projects.web;

import com.parkops.shared.NotFoundException;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every projects page shares: the zone's departments by id, and a missing record as the 404 page. */
@ControllerAdvice(assignableTypes = ProjectsScreen.class)
class ProjectsPageAdvice {

    private final Users users;
    private final Zones zones;

    ProjectsPageAdvice(Users users, Zones zones) {
        this.users = users;
        this.zones = zones;
    }

    @ModelAttribute("timeZone")
    ZoneId timeZone(@AuthenticationPrincipal ZoneUser user) {
        return user == null ? ZoneId.of("Asia/Shanghai") : zones.timeZone(user.zoneId());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ModelAttribute("departments")
    Map<UUID, String> departments(@AuthenticationPrincipal ZoneUser user) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (user != null) {
            users.departments(user.zoneId()).forEach(d -> names.put(d.id(), d.name()));
        }
        return names;
    }
}
