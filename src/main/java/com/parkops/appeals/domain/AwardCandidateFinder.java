package com.parkops.appeals.domain;

import com.parkops.appeals.AwardCandidate;
import com.parkops.appeals.AwardCandidates;
import com.parkops.appeals.AwardDecision;
import com.parkops.appeals.AwardKind;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.AwardSettings;
import com.parkops.zone.WorkCalendars;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Computes a quarter's candidates from the handling log and the node slippage heard. */
@Component
class AwardCandidateFinder {

    private final HandlingLog log;
    private final NodeSlippageStore slippage;
    private final WorkCalendars calendars;
    private final Zones zones;
    private final Clock clock;

    AwardCandidateFinder(
            HandlingLog log, NodeSlippageStore slippage, WorkCalendars calendars, Zones zones, Clock clock) {
        this.log = log;
        this.slippage = slippage;
        this.calendars = calendars;
        this.zones = zones;
        this.clock = clock;
    }

    AwardCandidates find(
            UUID zoneId,
            int year,
            int quarter,
            AwardSettings settings,
            Function<UUID, String> names,
            List<AwardDecision> decisions) {
        ZoneId zone = zones.timeZone(zoneId);
        QuarterSpan span = QuarterSpan.of(year, quarter, zone);
        List<List<LogRow>> appeals = byAppeal(log.touching(zoneId, span));
        RuleHits snail = new RuleHits();
        new SnailRules(settings, span, calendars.of(zoneId), zone, clock.instant())
                .apply(appeals, slippage.worseThan(zoneId, settings.snailSlipDays()), snail);
        RuleHits ball = new RuleHits();
        BallRules ballRules = new BallRules(settings, span, names);
        ballRules.apply(appeals, ball);
        List<AwardCandidate> candidates = new ArrayList<>();
        candidates.addAll(candidates(AwardKind.SNAIL, snail, names, decisions));
        candidates.addAll(candidates(AwardKind.BALL, ball, names, decisions));
        return new AwardCandidates(
                year, quarter, span.from(), span.to(), ballRules.zonePercent(), settings, candidates);
    }

    private static List<AwardCandidate> candidates(
            AwardKind award, RuleHits hits, Function<UUID, String> names, List<AwardDecision> decisions) {
        List<AwardCandidate> found = new ArrayList<>();
        for (Map.Entry<UUID, Map<com.parkops.appeals.AwardRule, AwardRuleHit>> e :
                hits.byDepartment().entrySet()) {
            UUID department = e.getKey();
            AwardDecision decision = decisions.stream()
                    .filter(d -> d.award() == award && d.departmentId().equals(department))
                    .findFirst()
                    .orElse(null);
            found.add(new AwardCandidate(
                    award,
                    department,
                    names.apply(department),
                    List.copyOf(e.getValue().values()),
                    decision));
        }
        found.sort(Comparator.comparing(AwardCandidate::departmentName));
        return found;
    }

    private static List<List<LogRow>> byAppeal(List<LogRow> rows) {
        Map<UUID, List<LogRow>> grouped = new LinkedHashMap<>();
        rows.forEach(r ->
                grouped.computeIfAbsent(r.appealId(), id -> new ArrayList<>()).add(r));
        return List.copyOf(grouped.values());
    }
}
