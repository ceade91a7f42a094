package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationWhatIf.Comparison;
import com.parkops.evaluation.EvaluationWhatIf.Mover;
import com.parkops.evaluation.EvaluationWhatIf.PoolComparison;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A what-if comparison as the API gives it: per pool the transition matrix (non-empty cells, grade
 * under A → grade under B; null = not covered by that scheme) and the totals per grade under
 * each; then the enterprises whose grade differs, scores half-up to 2 decimals.
 */
record WhatIfJson(
        UUID runId,
        int year,
        Side base,
        Side alternative,
        int enterprises,
        int moved,
        List<PoolJson> pools,
        List<MoverJson> movers) {

    /** One of the two schemes compared. */
    record Side(String name, Scheme scheme) {}

    record PoolJson(
            String pool,
            int enterprises,
            int moved,
            List<CellJson> matrix,
            Map<String, Integer> totalsA,
            Map<String, Integer> totalsB,
            int uncoveredA,
            int uncoveredB) {}

    record CellJson(String from, String to, int count) {}

    record MoverJson(
            String creditCode,
            String name,
            String pool,
            String gradeA,
            String gradeB,
            int movement,
            BigDecimal scoreA,
            Integer rankA,
            BigDecimal scoreB,
            Integer rankB) {}

    static WhatIfJson of(Comparison comparison) {
        return new WhatIfJson(
                comparison.runId(),
                comparison.year(),
                new Side(comparison.nameA(), comparison.schemeA()),
                new Side(comparison.nameB(), comparison.schemeB()),
                comparison.enterprises(),
                comparison.movers().size(),
                comparison.pools().stream().map(WhatIfJson::pool).toList(),
                comparison.movers().stream().map(WhatIfJson::mover).toList());
    }

    private static PoolJson pool(PoolComparison pool) {
        return new PoolJson(
                pool.pool(),
                pool.enterprises(),
                pool.moved(),
                pool.transitions().stream()
                        .map(t -> new CellJson(name(t.from()), name(t.to()), t.count()))
                        .toList(),
                totals(pool.totalsA()),
                totals(pool.totalsB()),
                pool.uncovered(true),
                pool.uncovered(false));
    }

    private static MoverJson mover(Mover mover) {
        return new MoverJson(
                mover.creditCode(),
                mover.name(),
                mover.pool(),
                name(mover.gradeA()),
                name(mover.gradeB()),
                mover.movement(),
                ResultJson.round(mover.scoreA(), 2),
                mover.rankA(),
                ResultJson.round(mover.scoreB(), 2),
                mover.rankB());
    }

    private static Map<String, Integer> totals(Map<Grade, Integer> totals) {
        Map<String, Integer> named = new LinkedHashMap<>();
        totals.forEach((grade, count) -> named.put(grade.name(), count));
        return named;
    }

    private static String name(Grade grade) {
        return grade == null ? null : grade.name();
    }
}
