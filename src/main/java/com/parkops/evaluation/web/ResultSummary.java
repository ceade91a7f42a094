package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.IndicatorScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * An enterprise's result as the lifecycle pages show it: scores rounded half-up to 2 decimals,
 * values and benchmarks to 4, as in the API.
 */
record ResultSummary(
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
        List<Row> indicators) {

    /** One indicator's line. */
    record Row(
            String code, BigDecimal value, BigDecimal benchmark, BigDecimal weight, BigDecimal score, boolean capped) {}

    static ResultSummary of(EvaluationResult result) {
        return new ResultSummary(
                result.creditCode(),
                result.name(),
                result.pool(),
                result.grade().name(),
                result.computedGrade().name(),
                ResultJson.round(result.score(), 2),
                result.rank(),
                result.graded(),
                result.exemptReason(),
                ResultJson.round(result.bonus(), 2),
                ResultJson.round(result.penalty(), 2),
                result.items(),
                result.indicators().stream().map(ResultSummary::row).toList());
    }

    /** Whether a veto or an adjustment moved the grade away from the one its rank gives. */
    public boolean changed() {
        return !grade.equals(computedGrade);
    }

    private static Row row(IndicatorScore score) {
        return new Row(
                score.code(),
                ResultJson.round(score.value(), 4),
                ResultJson.round(score.benchmark(), 4),
                ResultJson.round(score.weight(), 2),
                ResultJson.round(score.score(), 2),
                score.capped());
    }
}
