package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.IndicatorScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A result as the API and the lifecycle pages give it ({@code docs/api.md}, Evaluation): scores half-up to 2 decimals,
 * values and benchmarks to 4.
 */
record ResultJson(
        String creditCode,
        String name,
        String pool,
        String grade,
        String computedGrade,
        BigDecimal score,
        Integer rank,
        int graded,
        String exemptReason,
        BigDecimal bonus,
        BigDecimal penalty,
        List<String> items,
        List<IndicatorJson> indicators) {

    record IndicatorJson(
            String code, BigDecimal value, BigDecimal benchmark, BigDecimal weight, BigDecimal score, boolean capped) {}

    static ResultJson of(EvaluationResult result) {
        return new ResultJson(
                result.creditCode(),
                result.name(),
                result.pool(),
                result.grade().name(),
                result.computedGrade().name(),
                round(result.score(), 2),
                result.rank(),
                result.graded(),
                result.exemptReason(),
                round(result.bonus(), 2),
                round(result.penalty(), 2),
                result.items(),
                result.indicators().stream().map(ResultJson::indicator).toList());
    }

    /** Whether a veto or an adjustment moved the grade away from the one its rank gives. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean changed() {
        return !grade.equals(computedGrade);
    }

    private static IndicatorJson indicator(IndicatorScore score) {
        return new IndicatorJson(
                score.code(),
                round(score.value(), 4),
                round(score.benchmark(), 4),
                round(score.weight(), 2),
                round(score.score(), 2),
                score.capped());
    }

    static BigDecimal round(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}
