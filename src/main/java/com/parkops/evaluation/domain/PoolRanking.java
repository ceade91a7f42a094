package com.parkops.evaluation.domain;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking within a pool on the unrounded total (equal totals share the better rank), grades by
 * rank share, and the staff's veto and adjustment on top; T results keep T and take no rank.
 */
final class PoolRanking {

    private PoolRanking() {}

    /** Ranks the graded enterprises of one pool and gives grades; T keeps T. */
    static List<Scored> rank(Scheme.Pool pool, List<Scored> results) {
        List<Scored> graded = results.stream()
                .filter(r -> r.exemptReason() == null)
                .sorted(Comparator.comparing(Scored::total).reversed())
                .toList();
        int n = graded.size();
        BigDecimal a = pool.grades().get("A");
        BigDecimal ab = a.add(pool.grades().get("B"));
        BigDecimal abc = ab.add(pool.grades().get("C"));
        List<Scored> ranked = new ArrayList<>(results.size());
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 0; position < n; position++) {
            Scored result = graded.get(position);
            if (previous == null || result.total().compareTo(previous) != 0) {
                rank = position + 1;
                previous = result.total();
            }
            Grade computed = gradeOf(rank, n, a, ab, abc);
            ranked.add(decide(result, computed, rank, n));
        }
        results.stream()
                .filter(r -> r.exemptReason() != null)
                .sorted(Comparator.comparing(Scored::total, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(r -> ranked.add(decide(r, Grade.T, null, n)));
        return ranked;
    }

    /** The grade of rank r of n: A when r ÷ n ≤ A %, B when ≤ (A+B) %, C when ≤ (A+B+C) %, else D. */
    static Grade gradeOf(int rank, int n, BigDecimal a, BigDecimal ab, BigDecimal abc) {
        BigDecimal share = BigDecimal.valueOf(rank).multiply(Scoring.HUNDRED);
        BigDecimal count = BigDecimal.valueOf(n);
        if (share.compareTo(a.multiply(count)) <= 0) {
            return Grade.A;
        }
        if (share.compareTo(ab.multiply(count)) <= 0) {
            return Grade.B;
        }
        if (share.compareTo(abc.multiply(count)) <= 0) {
            return Grade.C;
        }
        return Grade.D;
    }

    private static Scored decide(Scored result, Grade computed, Integer rank, int n) {
        Actions decided = result.actions();
        Grade grade = computed;
        if (decided.vetoCode() != null) {
            grade = Grade.D;
        } else if (computed != Grade.T) {
            for (int step = 0; step < Math.abs(decided.adjustment()); step++) {
                grade = decided.adjustment() > 0 ? grade.up() : grade.down();
            }
        }
        return new Scored(
                result.facts(),
                result.pool(),
                result.poolIndex(),
                computed,
                grade,
                result.total(),
                result.bonus(),
                result.penalty(),
                rank,
                n,
                result.exemptReason(),
                result.indicators(),
                result.items(),
                decided);
    }
}
