package com.parkops.investment.web;

import com.parkops.investment.TeamRoster;
import com.parkops.investment.TeamRoster.Team;
import com.parkops.investment.TeamRoster.TeamData;
import com.parkops.investment.TeamRoster.TeamTarget;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Investment teams and their yearly targets; staff and administrators write, leaders read. */
@RestController
@RequestMapping("/api/v1/investment/teams")
class TeamApiController {

    /** A team's targets of one year as sent; {@code version} is the version read, if any. */
    record TargetRequest(BigDecimal signedAmount, Integer projectsStarted, BigDecimal fundsInPlace, Integer version) {}

    private final TeamRoster teams;
    private final ContestPageText text;

    TeamApiController(TeamRoster teams, ContestPageText text) {
        this.teams = teams;
        this.text = text;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<Team> list(@AuthenticationPrincipal ZoneUser user) {
        return teams.list(user.zoneId());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    Team get(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return teams.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException(text.get("team.error.notFound")));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Team create(@AuthenticationPrincipal ZoneUser user, @RequestBody TeamData data) {
        return teams.create(user.zoneId(), data, user.getUsername());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Team update(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody TeamData data) {
        return teams.update(user.zoneId(), id, data, user.getUsername());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    void delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        teams.delete(user.zoneId(), id, user.getUsername());
    }

    @GetMapping("/{id}/targets")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<TeamTarget> targets(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        get(user, id);
        return teams.targets(user.zoneId(), id);
    }

    @PutMapping("/{id}/targets/{year}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    TeamTarget setTarget(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable int year,
            @RequestBody TargetRequest request) {
        return teams.setTarget(
                user.zoneId(),
                id,
                new TeamTarget(
                        year,
                        request.signedAmount(),
                        request.projectsStarted(),
                        request.fundsInPlace(),
                        request.version()),
                user.getUsername());
    }
}
