package com.parkops.investment.domain;

import com.parkops.investment.TeamRoster.Team;
import com.parkops.investment.TeamRoster.TeamTarget;
import com.parkops.shared.ConflictException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Yearly targets of the teams in {@code investment.team_target}. */
@Component
class TeamTargets {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ContestMessages messages;

    TeamTargets(JdbcClient jdbc, AuditLog audit, ContestMessages messages) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    List<TeamTarget> list(UUID zoneId, UUID teamId) {
        return jdbc.sql("""
                        select year, signed_amount, projects_started, funds_in_place, version
                        from investment.team_target where zone_id = :zone and team_id = :team order by year desc
                        """)
                .param("zone", zoneId)
                .param("team", teamId)
                .query((rs, n) -> new TeamTarget(
                        rs.getInt("year"),
                        rs.getBigDecimal("signed_amount"),
                        (Integer) rs.getObject("projects_started"),
                        rs.getBigDecimal("funds_in_place"),
                        rs.getInt("version")))
                .list();
    }

    /** Every team's target of the year, by team. */
    Map<UUID, TeamTarget> ofYear(UUID zoneId, int year) {
        Map<UUID, TeamTarget> map = new LinkedHashMap<>();
        jdbc.sql("""
                        select team_id, year, signed_amount, projects_started, funds_in_place, version
                        from investment.team_target where zone_id = :zone and year = :year
                        """)
                .param("zone", zoneId)
                .param("year", year)
                .query((rs, n) -> map.put(
                        rs.getObject("team_id", UUID.class),
                        new TeamTarget(
                                rs.getInt("year"),
                                rs.getBigDecimal("signed_amount"),
                                (Integer) rs.getObject("projects_started"),
                                rs.getBigDecimal("funds_in_place"),
                                rs.getInt("version"))))
                .list();
        return map;
    }

    TeamTarget set(UUID zoneId, Team team, TeamTarget target, String actor) {
        ContestMessages.Errors errors = messages.errors();
        if (target.year() < 2000 || target.year() > 2100) {
            errors.add("year", "team.error.year");
        }
        amount(errors, "signedAmount", target.signedAmount());
        if (target.projectsStarted() != null && target.projectsStarted() < 0) {
            errors.add("projectsStarted", "contract.error.negative");
        }
        amount(errors, "fundsInPlace", target.fundsInPlace());
        errors.refuse();
        Optional<TeamTarget> before = list(zoneId, team.id()).stream()
                .filter(t -> t.year() == target.year())
                .findFirst();
        int stored = before.map(TeamTarget::version).orElse(0);
        if (target.version() != null && target.version() != stored) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        int written = jdbc.sql("""
                        insert into investment.team_target as t (zone_id, team_id, year, signed_amount,
                            projects_started, funds_in_place, version)
                        values (:zone, :team, :year, :signed, :started, :funds, 1)
                        on conflict (zone_id, team_id, year) do update set signed_amount = :signed,
                            projects_started = :started, funds_in_place = :funds, version = t.version + 1
                        where t.version = :stored
                        """)
                .param("zone", zoneId)
                .param("team", team.id())
                .param("year", target.year())
                .param("signed", target.signedAmount())
                .param("started", target.projectsStarted())
                .param("funds", target.fundsInPlace())
                .param("stored", stored)
                .update();
        if (written == 0) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                com.parkops.investment.TeamRoster.TARGET_ENTITY,
                team.id() + "/" + target.year(),
                before.isPresent() ? "update" : "create",
                team.name() + " " + target.year(),
                AuditEntry.diff(before.map(TeamTargets::snapshot).orElse(Map.of()), snapshot(target))));
        return list(zoneId, team.id()).stream()
                .filter(t -> t.year() == target.year())
                .findFirst()
                .orElseThrow();
    }

    private static void amount(ContestMessages.Errors errors, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(field, "contract.error.negative");
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(field, "contract.error.decimals");
        } else if (value.precision() - value.scale() > 14) {
            errors.add(field, "contract.error.tooLarge");
        }
    }

    private static Map<String, Object> snapshot(TeamTarget target) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("signedAmount", target.signedAmount());
        map.put("projectsStarted", target.projectsStarted());
        map.put("fundsInPlace", target.fundsInPlace());
        return map;
    }
}
