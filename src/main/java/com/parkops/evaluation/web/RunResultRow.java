package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.Grade;
import java.math.BigDecimal;

/** One row of a run's results table; the score rounded half-up to 2 decimals. */
record RunResultRow(
        String creditCode,
        String name,
        String pool,
        Integer rank,
        int graded,
        BigDecimal score,
        Grade grade,
        Grade computedGrade,
        String exemptReason) {

    static RunResultRow of(EvaluationResult result) {
        return new RunResultRow(
                result.creditCode(),
                result.name(),
                result.pool(),
                result.rank(),
                result.graded(),
                ResultNumbers.score(result.score()),
                result.grade(),
                result.computedGrade(),
                result.exemptReason());
    }
}
