package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.Grade;
import java.math.BigDecimal;
import java.util.UUID;

/** One year of an enterprise's published results: the run it comes from and its grade and score. */
record ResultHistoryRow(
        int year, UUID runId, String schemeName, String pool, Grade grade, BigDecimal score, Integer rank, int graded) {

    static ResultHistoryRow of(EvaluationRun run, EvaluationResult result) {
        return new ResultHistoryRow(
                run.year(),
                run.id(),
                run.schemeName(),
                result.pool(),
                result.grade(),
                ResultNumbers.score(result.score()),
                result.rank(),
                result.graded());
    }
}
