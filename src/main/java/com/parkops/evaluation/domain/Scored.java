package com.parkops.evaluation.domain;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One enterprise's unrounded result in a run.
 *
 * @param pool the pool's name
 * @param poolIndex the pool's position in the scheme
 * @param computedGrade the grade its rank gives (T when exempt)
 * @param grade the grade after a veto or manual adjustment
 * @param total Σ indicator scores + bonus − penalty; null when it cannot be scored (no land)
 * @param rank 1 = best in its pool; null for T
 * @param graded how many enterprises of the pool are graded (N)
 * @param exemptReason why it is T, or null
 * @param items codes of the bonus and penalty items that applied
 */
record Scored(
        EnterpriseFacts facts,
        String pool,
        int poolIndex,
        Grade computedGrade,
        Grade grade,
        BigDecimal total,
        BigDecimal bonus,
        BigDecimal penalty,
        Integer rank,
        int graded,
        String exemptReason,
        List<IndicatorScore> indicators,
        List<String> items,
        Actions actions) {

    Scored {
        indicators = List.copyOf(indicators);
        items = List.copyOf(items);
    }
}
