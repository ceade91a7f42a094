package com.parkops.appeals.web;

import com.parkops.appeals.AppealAwards;
import com.parkops.appeals.AwardCandidates;
import com.parkops.appeals.AwardDecision;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardSettings;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reverse incentives through the API: candidates, decisions, rectification and thresholds. */
@RestController
@RequestMapping("/api/v1/appeals/awards")
@PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
class AwardApiController {

    /** {@code {"award":"SNAIL","departmentId":…,"year":2026,"quarter":1,"note":"…","decision":"CONFIRM|DISMISS"}} */
    record DecisionRequest(
            AwardKind award, UUID departmentId, Integer year, Integer quarter, String note, String decision) {}

    /** {@code {"text":"…"}} */
    record TextRequest(String text) {}

    private final AppealAwards awards;

    AwardApiController(AppealAwards awards) {
        this.awards = awards;
    }

    @GetMapping("/candidates")
    AwardCandidates candidates(
            @AuthenticationPrincipal ZoneUser user, @RequestParam int year, @RequestParam int quarter) {
        return awards.candidates(user.zoneId(), year, quarter);
    }

    /** Confirms an award (or dismisses the candidate with {@code "decision":"DISMISS"}). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    AwardDecision decide(@AuthenticationPrincipal ZoneUser user, @RequestBody DecisionRequest r) {
        boolean dismiss = "DISMISS".equalsIgnoreCase(r.decision());
        return awards.decide(
                user,
                r.award(),
                r.departmentId(),
                r.year() == null ? 0 : r.year(),
                r.quarter() == null ? 0 : r.quarter(),
                !dismiss,
                r.note());
    }

    @GetMapping
    List<AwardDecision> decisions(
            @AuthenticationPrincipal ZoneUser user, @RequestParam(defaultValue = "false") boolean held) {
        return awards.decisions(user.zoneId(), held);
    }

    @GetMapping("/{id}")
    AwardDecision decision(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return awards.decision(user.zoneId(), id).orElseThrow(() -> new NotFoundException("award " + id));
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasRole('STAFF')")
    AwardDecision submit(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody TextRequest r) {
        return awards.submitRectification(user, id, r.text());
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    AwardDecision accept(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) TextRequest r) {
        return awards.acceptRectification(user, id, r == null ? null : r.text());
    }

    /** Sends a submitted rectification back, {@code {"text":"reason"}} (required). */
    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    AwardDecision sendBack(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) TextRequest r) {
        return awards.returnRectification(user, id, r == null ? null : r.text());
    }

    @GetMapping("/settings")
    AwardSettings settings(@AuthenticationPrincipal ZoneUser user) {
        return awards.settings(user.zoneId());
    }

    @PutMapping("/settings")
    @PreAuthorize("hasRole('ADMIN')")
    AwardSettings saveSettings(@AuthenticationPrincipal ZoneUser admin, @RequestBody AwardSettings settings) {
        return awards.saveSettings(admin, settings);
    }
}
