package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationPolicies;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consequences per grade (差别化政策): everyone of the zone's staff and leaders reads them;
 * ADMIN and STAFF replace the whole table, sending back the version they read.
 */
@RestController
@RequestMapping("/api/v1/evaluation/policy")
class PolicyApiController {

    private final EvaluationPolicies policies;
    private final EvaluationText text;

    PolicyApiController(EvaluationPolicies policies, EvaluationText text) {
        this.policies = policies;
        this.text = text;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    PolicyJson get(@AuthenticationPrincipal ZoneUser user) {
        return PolicyJson.of(policies.table(user.zoneId()));
    }

    @PutMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    PolicyJson put(@AuthenticationPrincipal ZoneUser user, @RequestBody PolicyJson.Change change) {
        if (change.version() == null) {
            throw new InvalidInputException(
                    text.get("consequences.error.invalid"),
                    List.of(new InputError(null, "version", text.get("consequences.error.required"))));
        }
        return PolicyJson.of(policies.save(user.zoneId(), user.getUsername(), change.version(), change.grades()));
    }
}
