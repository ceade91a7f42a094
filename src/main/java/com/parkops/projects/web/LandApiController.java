package com.parkops.projects.web;

import com.parkops.projects.LandQuotas;
import com.parkops.projects.LandRequest;
import com.parkops.projects.LandSummary;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Land quotas (用地指标) over the API: requests, decisions, allocations and the year's figures. */
@RestController
@RequestMapping("/api/v1/projects/land")
class LandApiController {

    /** The year's headline figures: projects with allocations in the year and the mu allocated. */
    record Summary(int year, int projects, BigDecimal mu, List<LandSummary.Month> months) {}

    private final LandQuotas quotas;
    private final MessageSourceAccessor messages;

    LandApiController(LandQuotas quotas, MessageSource messages) {
        this.quotas = quotas;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping("/summary")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    Summary summary(@AuthenticationPrincipal ZoneUser user, @RequestParam int year) {
        LandSummary summary = quotas.summary(user.zoneId(), year);
        return new Summary(summary.year(), summary.projects(), summary.mu(), summary.months());
    }

    @GetMapping("/requests")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<LandRequest> list(@AuthenticationPrincipal ZoneUser user, @RequestParam(required = false) Integer year) {
        return quotas.list(user.zoneId(), year);
    }

    @GetMapping("/requests/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    LandRequest one(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return quotas.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("land request " + id));
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    LandRequest create(@AuthenticationPrincipal ZoneUser user, @RequestBody LandRequestForm body) {
        return quotas.request(user, body.toData());
    }

    @PutMapping("/requests/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    LandRequest edit(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody LandRequestForm body) {
        return quotas.edit(user, id, LandInput.version(body.version(), messages), body.toData());
    }

    @DeleteMapping("/requests/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    void delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestParam int version) {
        quotas.delete(user, id, version);
    }

    @PostMapping("/requests/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    LandRequest approve(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody LandDecisionForm body) {
        return quotas.decide(user, id, LandInput.version(body.version(), messages), body.toDecision(true));
    }

    @PostMapping("/requests/{id}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    LandRequest reject(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody LandDecisionForm body) {
        return quotas.decide(user, id, LandInput.version(body.version(), messages), body.toDecision(false));
    }

    @PostMapping("/requests/{id}/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    LandRequest allocate(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody LandAllocationForm body) {
        return quotas.allocate(user, id, LandInput.version(body.version(), messages), body.toData());
    }

    @DeleteMapping("/requests/{id}/allocations/{allocationId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    LandRequest removeAllocation(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable UUID allocationId,
            @RequestParam int version) {
        return quotas.removeAllocation(user, id, version, allocationId);
    }
}
