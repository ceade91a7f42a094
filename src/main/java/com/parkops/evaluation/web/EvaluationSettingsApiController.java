package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationSettings;
import com.parkops.zone.ZoneUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The evaluation settings: {@code {"objectionDays":n}} with n in 3..7 (default 5). */
@RestController
@RequestMapping("/api/v1/evaluation/settings")
class EvaluationSettingsApiController {

    /** {@code version} is optional; when given and stale the update answers 409. */
    record SettingsRequest(Integer objectionDays, Integer version) {}

    private final EvaluationSettings settings;

    EvaluationSettingsApiController(EvaluationSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    EvaluationSettings.Settings get(@AuthenticationPrincipal ZoneUser user) {
        return settings.get(user.zoneId());
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    EvaluationSettings.Settings update(@AuthenticationPrincipal ZoneUser user, @RequestBody SettingsRequest request) {
        return settings.update(user.zoneId(), user.getUsername(), request.objectionDays(), request.version());
    }
}
