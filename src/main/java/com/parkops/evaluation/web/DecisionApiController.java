package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationDecisions;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff decisions on a draft run: {@code {"creditCode":…,"kind":"VETO|ADJUST|ITEM","code":…,
 * "steps":±1,"reason":…,"approver":…}}. A run that is not a draft answers 409.
 */
@RestController
@RequestMapping("/api/v1/evaluation/runs/{id}/decisions")
class DecisionApiController {

    private final EvaluationDecisions decisions;

    DecisionApiController(EvaluationDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    DecisionJson add(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestBody EvaluationDecisions.NewDecision request) {
        return DecisionJson.of(decisions.add(user.zoneId(), user.getUsername(), id, request));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<DecisionJson> list(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String creditCode) {
        return decisions.list(user.zoneId(), id, creditCode).stream()
                .map(DecisionJson::of)
                .toList();
    }

    @DeleteMapping("/{decisionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    void remove(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @PathVariable UUID decisionId) {
        decisions.remove(user.zoneId(), user.getUsername(), id, decisionId);
    }
}
