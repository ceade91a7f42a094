package com.parkops.investment.web;

import com.parkops.investment.ContestLeague;
import com.parkops.investment.ContestLeague.ContestPeriod;
import com.parkops.investment.ContestLeague.ContestTable;
import com.parkops.investment.ContestLeague.ContestWeights;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 三比三促 league table: {@code GET ?year=&quarter=} (or {@code &month=}; the whole year when
 * neither) and the weights, set by administrators ({@code {"signed":40,"started":30,"funds":30}},
 * summing to 100, otherwise 422).
 */
@RestController
@RequestMapping("/api/v1/investment/contest")
class ContestApiController {

    /** The weights in percent; {@code version} is optional and answers 409 when stale. */
    record WeightsRequest(Integer signed, Integer started, Integer funds, Integer version) {}

    private final ContestLeague contest;
    private final Zones zones;

    ContestApiController(ContestLeague contest, Zones zones) {
        this.contest = contest;
        this.zones = zones;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    ContestTable table(
            @AuthenticationPrincipal ZoneUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            @RequestParam(required = false) Integer month) {
        int chosen = year == null ? zones.today(user.zoneId()).getYear() : year;
        return contest.table(user.zoneId(), new ContestPeriod(chosen, quarter, month));
    }

    @GetMapping("/weights")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    ContestWeights weights(@AuthenticationPrincipal ZoneUser user) {
        return contest.weights(user.zoneId());
    }

    @PutMapping("/weights")
    @PreAuthorize("hasRole('ADMIN')")
    ContestWeights update(@AuthenticationPrincipal ZoneUser user, @RequestBody WeightsRequest request) {
        return contest.updateWeights(
                user.zoneId(),
                user.getUsername(),
                request.signed(),
                request.started(),
                request.funds(),
                request.version());
    }
}
