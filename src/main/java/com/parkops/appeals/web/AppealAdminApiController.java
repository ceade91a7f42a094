package com.parkops.appeals.web;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.AppealMeetings;
import com.parkops.appeals.AppealRules;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.Category;
import com.parkops.appeals.Meeting;
import com.parkops.appeals.NewMeeting;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Categories and routing, the zone's appeal settings, and meeting records (with the appeals they
 * yielded, in one request) through the API.
 */
@RestController
@RequestMapping("/api/v1/appeals")
class AppealAdminApiController {

    /** {@code {"defaultDepartmentId": …|null, "version": n}} */
    record Routing(UUID defaultDepartmentId, Integer version) {}

    /** {@code {"name": "…", "defaultDepartmentId": …, "labourDispute": false}} */
    record NewCategory(String name, UUID defaultDepartmentId, Boolean labourDispute) {}

    private final AppealCategories categories;
    private final AppealRules rules;
    private final AppealMeetings meetings;

    AppealAdminApiController(AppealCategories categories, AppealRules rules, AppealMeetings meetings) {
        this.categories = categories;
        this.rules = rules;
        this.meetings = meetings;
    }

    @GetMapping("/categories")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    List<Category> categories(@AuthenticationPrincipal ZoneUser user) {
        return categories.list(user.zoneId());
    }

    @PutMapping("/categories/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Category route(@AuthenticationPrincipal ZoneUser admin, @PathVariable UUID id, @RequestBody Routing routing) {
        if (routing.version() == null) {
            throw new InvalidInputException("version", List.of(new InputError(null, "version", "required")));
        }
        return categories.route(admin, id, routing.defaultDepartmentId(), routing.version());
    }

    @PostMapping("/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Category addCategory(@AuthenticationPrincipal ZoneUser admin, @RequestBody NewCategory category) {
        return categories.add(
                admin, category.name(), category.defaultDepartmentId(), Boolean.TRUE.equals(category.labourDispute()));
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    AppealSettings settings(@AuthenticationPrincipal ZoneUser user) {
        return rules.settings(user.zoneId());
    }

    @PutMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    AppealSettings saveSettings(@AuthenticationPrincipal ZoneUser admin, @RequestBody AppealSettings settings) {
        return rules.save(admin, settings);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Meeting recordMeeting(@AuthenticationPrincipal ZoneUser user, @RequestBody NewMeeting meeting) {
        return meetings.record(user, meeting);
    }

    @GetMapping("/meetings")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<Meeting> meetings(@AuthenticationPrincipal ZoneUser user) {
        return meetings.list(user.zoneId());
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    Meeting meeting(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return meetings.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("meeting " + id));
    }
}
