package com.parkops.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One enterprise's result in a run, unrounded (round half-up to 2 decimals for display).
 *
 * @param computedGrade the grade its rank gives
 * @param grade the grade that counts, after a veto or manual adjustment (调档)
 * @param score Σ indicator scores + bonus − penalty; null when it cannot be scored (no land)
 * @param rank 1 = best in its pool; null for T
 * @param graded N, the number of graded enterprises in its pool
 * @param items codes of the bonus and penalty items that applied
 */
public record EvaluationResult(
        UUID runId,
        UUID enterpriseId,
        String creditCode,
        String name,
        String pool,
        int poolIndex,
        Grade computedGrade,
        Grade grade,
        BigDecimal score,
        Integer rank,
        int graded,
        String exemptReason,
        BigDecimal bonus,
        BigDecimal penalty,
        List<String> items,
        List<IndicatorScore> indicators) {

    public EvaluationResult {
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
    }
}
