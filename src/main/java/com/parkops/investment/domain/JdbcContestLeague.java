package com.parkops.investment.domain;

import com.parkops.investment.ContestLeague;
import com.parkops.investment.TeamRoster.TeamTarget;
import com.parkops.shared.ConflictException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contest from the projects of the active teams: signed amount (万元, USD at the project's kept
 * rate) and funds in place of the projects signed in the period, and the projects started in it;
 * lost projects (终止) do not count.
 */
@Service
class JdbcContestLeague implements ContestLeague {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ContestMessages messages;
    private final TeamTargets targets;
    private final Clock clock;

    JdbcContestLeague(JdbcClient jdbc, AuditLog audit, ContestMessages messages, TeamTargets targets, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ContestTable table(UUID zoneId, ContestPeriod period) {
        ContestMessages.Errors errors = messages.errors();
        if (period.year() < 2000 || period.year() > 2100) {
            errors.add("year", "team.error.year");
        }
        if (period.quarter() != null && (period.quarter() < 1 || period.quarter() > 4)) {
            errors.add("quarter", "contest.error.quarter");
        }
        if (period.month() != null && (period.month() < 1 || period.month() > 12)) {
            errors.add("month", "contest.error.month");
        }
        if (period.quarter() != null && period.month() != null) {
            errors.add("month", "contest.error.quarterAndMonth");
        }
        errors.refuse();
        Map<UUID, TeamTarget> yearTargets = targets.ofYear(zoneId, period.year());
        List<ContestScoring.Achieved> achieved = jdbc.sql("""
                        select t.id, t.name,
                               coalesce(sum(case when p.currency = 'USD' then round(p.amount * p.usd_rate, 2)
                                                 else p.amount end)
                                        filter (where p.signed_on >= :from and p.signed_on < :until), 0) as signed,
                               count(p.id) filter (where p.started_on >= :from and p.started_on < :until) as started,
                               coalesce(sum(p.funds_in_place)
                                        filter (where p.signed_on >= :from and p.signed_on < :until), 0) as funds
                        from investment.team t
                        left join investment.project p on p.zone_id = t.zone_id and p.team_id = t.id
                              and p.closed_as is distinct from 'LOST'
                        where t.zone_id = :zone and t.active
                        group by t.id, t.name
                        order by t.name
                        """)
                .param("zone", zoneId)
                .param("from", period.from())
                .param("until", period.until())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new ContestScoring.Achieved(
                            id,
                            rs.getString("name"),
                            rs.getBigDecimal("signed"),
                            BigDecimal.valueOf(rs.getLong("started")),
                            rs.getBigDecimal("funds"),
                            yearTargets.get(id));
                })
                .list();
        ContestWeights weights = weights(zoneId);
        return new ContestTable(period, weights, ContestScoring.rank(achieved, weights, period.perYear()));
    }

    @Override
    public ContestWeights weights(UUID zoneId) {
        return jdbc.sql("""
                        select weight_signed, weight_started, weight_funds, version
                        from investment.contest_settings where zone_id = :zone
                        """)
                .param("zone", zoneId)
                .query((rs, n) -> new ContestWeights(
                        rs.getInt("weight_signed"),
                        rs.getInt("weight_started"),
                        rs.getInt("weight_funds"),
                        rs.getInt("version")))
                .optional()
                .orElse(new ContestWeights(DEFAULT_WEIGHT_SIGNED, DEFAULT_WEIGHT_STARTED, DEFAULT_WEIGHT_FUNDS, 0));
    }

    @Override
    @Transactional
    public ContestWeights updateWeights(
            UUID zoneId, String actor, Integer signed, Integer started, Integer funds, Integer version) {
        ContestMessages.Errors errors = messages.errors();
        weight(errors, "signed", signed);
        weight(errors, "started", started);
        weight(errors, "funds", funds);
        if (!errors.has("signed")
                && !errors.has("started")
                && !errors.has("funds")
                && signed + started + funds != 100) {
            errors.add("weights", "contest.error.sum", signed + started + funds);
        }
        errors.refuse();
        ContestWeights before = weights(zoneId);
        if (version != null && version != before.version()) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        int written = jdbc.sql("""
                        insert into investment.contest_settings as s (zone_id, weight_signed, weight_started,
                            weight_funds, version, updated_by, updated_at)
                        values (:zone, :signed, :started, :funds, 1, :actor, :now)
                        on conflict (zone_id) do update set weight_signed = :signed, weight_started = :started,
                            weight_funds = :funds, version = s.version + 1, updated_by = :actor, updated_at = :now
                        where s.version = :stored
                        """)
                .param("zone", zoneId)
                .param("signed", signed)
                .param("started", started)
                .param("funds", funds)
                .param("actor", actor)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("stored", before.version())
                .update();
        if (written == 0) {
            throw new ConflictException(messages.text("contest.error.stale"));
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                zoneId.toString(),
                "update",
                "weights",
                AuditEntry.diff(
                        snapshot(before.signed(), before.started(), before.funds()),
                        snapshot(signed, started, funds))));
        return weights(zoneId);
    }

    private static void weight(ContestMessages.Errors errors, String field, Integer value) {
        if (value == null) {
            errors.add(field, "contract.error.required");
        } else if (value < 0 || value > 100) {
            errors.add(field, "contest.error.weight");
        }
    }

    private static Map<String, Object> snapshot(int signed, int started, int funds) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("signed", signed);
        map.put("started", started);
        map.put("funds", funds);
        return map;
    }
}
