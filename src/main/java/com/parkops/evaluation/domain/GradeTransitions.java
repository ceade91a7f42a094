package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationWhatIf.Mover;
import com.parkops.evaluation.EvaluationWhatIf.PoolComparison;
import com.parkops.evaluation.EvaluationWhatIf.Transition;
import com.parkops.evaluation.Grade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The grade transition matrix of two scorings of the same enterprises, per pool, and the
 * enterprises whose grade differs. An enterprise belongs to its pool under A, or under B when A
 * does not cover it; pools come in A's order, then B's own.
 */
final class GradeTransitions {

    /** The matrices and the movers. */
    record Result(int enterprises, List<PoolComparison> pools, List<Mover> movers) {}

    /** Best move up first, then T or "not covered" changes, then moves down; then A's rank. */
    static final Comparator<Mover> BY_MOVEMENT = Comparator.comparingInt(GradeTransitions::movementOrder)
            .thenComparing(Mover::rankA, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Mover::creditCode);

    private GradeTransitions() {}

    static Result compare(List<EnterpriseFacts> facts, List<Scored> underA, List<Scored> underB) {
        Map<UUID, Scored> a = byEnterprise(underA);
        Map<UUID, Scored> b = byEnterprise(underB);
        Map<String, Map<List<Grade>, Integer>> cells = new LinkedHashMap<>();
        Map<String, List<Mover>> movers = new LinkedHashMap<>();
        for (Scored scored : sortedPools(underA)) {
            cells.putIfAbsent(scored.pool(), new LinkedHashMap<>());
        }
        for (Scored scored : sortedPools(underB)) {
            cells.putIfAbsent(scored.pool(), new LinkedHashMap<>());
        }
        int enterprises = 0;
        for (EnterpriseFacts f : facts) {
            Scored sa = a.get(f.enterpriseId());
            Scored sb = b.get(f.enterpriseId());
            if (sa == null && sb == null) {
                continue;
            }
            enterprises++;
            String pool = sa != null ? sa.pool() : sb.pool();
            Grade from = sa == null ? null : sa.grade();
            Grade to = sb == null ? null : sb.grade();
            cells.get(pool).merge(Arrays.asList(from, to), 1, Integer::sum);
            if (!Objects.equals(from, to)) {
                movers.computeIfAbsent(pool, k -> new ArrayList<>())
                        .add(new Mover(
                                f.creditCode(),
                                f.name(),
                                pool,
                                from,
                                to,
                                sa == null ? null : sa.total(),
                                sa == null ? null : sa.rank(),
                                sb == null ? null : sb.total(),
                                sb == null ? null : sb.rank(),
                                movement(from, to)));
            }
        }
        List<PoolComparison> pools = new ArrayList<>();
        List<Mover> ordered = new ArrayList<>();
        for (Map.Entry<String, Map<List<Grade>, Integer>> pool : cells.entrySet()) {
            List<Transition> transitions = new ArrayList<>();
            int count = 0;
            for (Grade from : gradesAndNone()) {
                for (Grade to : gradesAndNone()) {
                    Integer n = pool.getValue().get(Arrays.asList(from, to));
                    if (n != null) {
                        transitions.add(new Transition(from, to, n));
                        count += n;
                    }
                }
            }
            List<Mover> poolMovers = movers.getOrDefault(pool.getKey(), new ArrayList<>());
            poolMovers.sort(BY_MOVEMENT);
            ordered.addAll(poolMovers);
            pools.add(new PoolComparison(pool.getKey(), count, poolMovers.size(), transitions));
        }
        return new Result(enterprises, pools, ordered);
    }

    /** Grade steps up from {@code from} to {@code to}; 0 when either is T or not covered. */
    static int movement(Grade from, Grade to) {
        if (from == null || to == null || from == Grade.T || to == Grade.T) {
            return 0;
        }
        return from.ordinal() - to.ordinal();
    }

    private static int movementOrder(Mover mover) {
        return -mover.movement();
    }

    private static List<Grade> gradesAndNone() {
        List<Grade> grades = new ArrayList<>(List.of(Grade.values()));
        grades.add(null);
        return grades;
    }

    private static List<Scored> sortedPools(List<Scored> scored) {
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::poolIndex))
                .toList();
    }

    private static Map<UUID, Scored> byEnterprise(List<Scored> scored) {
        Map<UUID, Scored> map = new HashMap<>();
        for (Scored s : scored) {
            map.put(s.facts().enterpriseId(), s);
        }
        return map;
    }
}
