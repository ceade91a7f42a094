package com.parkops.appeals;

import static com.parkops.appeals.AwardReckoning.DEPARTMENTS_PER_CASE;
import static com.parkops.appeals.AwardReckoning.MIN_DISPATCHED;
import static com.parkops.appeals.AwardReckoning.REDISPATCH_POINTS;
import static com.parkops.appeals.AwardReckoning.REJECTED_RETURNS;

import com.parkops.appeals.AwardReckoning.Case;
import com.parkops.appeals.AwardReckoning.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The 踢皮球奖 rules of {@link AwardReckoning}, by hand over the generator's record. */
final class BallReckoning {

    private final AwardReckoning r;

    BallReckoning(AwardReckoning r) {
        this.r = r;
    }

    /** 踢皮球奖 (a): returns the service centre rejected, per department that asked. */
    void rejectedReturns() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : r.cases) {
            for (Line l : c.lines()) {
                if (l.kind() == AppealAction.REJECT_RETURN && r.in(l)) {
                    found.computeIfAbsent(l.department(), x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), AppealAction.REJECT_RETURN, null, null)
                                    .withText(l.text()));
                }
            }
        }
        found.forEach((d, list) -> {
            if (list.size() >= REJECTED_RETURNS) {
                r.hit(d, AwardRule.BALL_REJECTED_RETURNS, list.size(), null, null, null, list);
            }
        });
    }

    /** 踢皮球奖 (b): cases that went through 3+ departments before the acknowledgement that stuck. */
    void passedAround() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : r.cases) {
            List<Line> lines = c.lines();
            int stuck = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).kind() == AppealAction.ACKNOWLEDGE) {
                    stuck = i;
                } else if (lines.get(i).assigning()) {
                    stuck = -1;
                }
            }
            if (stuck < 0 || !r.in(lines.get(stuck))) {
                continue;
            }
            Set<UUID> through = new LinkedHashSet<>();
            Set<UUID> movedFrom = new LinkedHashSet<>();
            for (Line l : lines.subList(0, stuck)) {
                if (l.assigning()) {
                    through.add(l.assigned());
                }
                if (l.movedAway()) {
                    movedFrom.add(l.department());
                }
            }
            if (through.size() >= DEPARTMENTS_PER_CASE) {
                List<String> path =
                        through.stream().map(r.quarter.departments()::get).toList();
                for (UUID d : movedFrom) {
                    found.computeIfAbsent(d, x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), null, null, through.size())
                                    .withDepartments(path));
                }
            }
        }
        found.forEach((d, list) -> r.hit(d, AwardRule.BALL_PASSED_AROUND, list.size(), null, null, null, list));
    }

    /** 踢皮球奖 (c): a re-dispatch rate more than 10 points above the zone's pooled rate; returns the zone's rate. */
    BigDecimal redispatchRates() {
        Map<UUID, Integer> dispatched = new LinkedHashMap<>();
        Map<UUID, List<AwardEvidence>> away = new LinkedHashMap<>();
        int allDispatched = 0;
        int allAway = 0;
        for (Case c : r.cases) {
            for (Line l : c.lines()) {
                if (!r.in(l)) {
                    continue;
                }
                if (l.assigning()) {
                    dispatched.merge(l.assigned(), 1, Integer::sum);
                    allDispatched++;
                }
                if (l.movedAway()) {
                    away.computeIfAbsent(l.department(), x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), l.kind(), null, null));
                    allAway++;
                }
            }
        }
        if (allDispatched == 0) {
            return null;
        }
        BigDecimal zone = AwardReckoning.percent(allAway, allDispatched);
        for (Map.Entry<UUID, List<AwardEvidence>> e : away.entrySet()) {
            int base = dispatched.getOrDefault(e.getKey(), 0);
            int moved = e.getValue().size();
            // moved/base − allAway/allDispatched > 10/100, in whole numbers
            long above = 100L * ((long) moved * allDispatched - (long) allAway * base);
            if (base >= MIN_DISPATCHED && above > (long) REDISPATCH_POINTS * base * allDispatched) {
                r.hit(
                        e.getKey(),
                        AwardRule.BALL_REDISPATCH_RATE,
                        moved,
                        base,
                        AwardReckoning.percent(moved, base),
                        zone,
                        e.getValue());
            }
        }
        return zone;
    }
}
