package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.EvaluationPaths.Option;
import com.parkops.evaluation.EvaluationPaths.Path;
import com.parkops.evaluation.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * The path to the next grade as the API gives it. Increases are already on the indicator's grid
 * and rounded up (enough to reach the grade); current values round half-up to the same decimals,
 * figures (万元) and scores to 2.
 */
record PathJson(
        UUID runId,
        int year,
        String creditCode,
        String name,
        String pool,
        String status,
        String grade,
        String finalGrade,
        String target,
        BigDecimal score,
        Integer rank,
        int graded,
        boolean vetoed,
        int scorings,
        List<OptionJson> options) {

    record OptionJson(
            String code,
            String unit,
            BigDecimal value,
            BigDecimal increase,
            BigDecimal targetValue,
            BigDecimal percent,
            String numerator,
            BigDecimal numeratorValue,
            BigDecimal numeratorIncrease,
            Integer newRank,
            BigDecimal newScore,
            boolean reachable,
            String obstacle,
            boolean easiest) {}

    static PathJson of(Path path) {
        return new PathJson(
                path.runId(),
                path.year(),
                path.creditCode(),
                path.name(),
                path.pool(),
                path.status().name(),
                name(path.grade()),
                name(path.finalGrade()),
                name(path.target()),
                ResultJson.round(path.score(), 2),
                path.rank(),
                path.graded(),
                path.vetoed(),
                path.scorings(),
                path.options().stream().map(PathJson::option).toList());
    }

    private static OptionJson option(Option option) {
        return new OptionJson(
                option.code(),
                EvaluationIndicator.byCode(option.code())
                        .map(EvaluationIndicator::unit)
                        .orElse(null),
                option.value() == null ? null : option.value().setScale(option.scale(), RoundingMode.HALF_UP),
                option.increase(),
                option.targetValue() == null
                        ? null
                        : option.targetValue().setScale(option.scale(), RoundingMode.HALF_UP),
                option.percent(),
                option.numerator(),
                ResultJson.round(option.numeratorValue(), 2),
                option.numeratorIncrease(),
                option.newRank(),
                ResultJson.round(option.newScore(), 2),
                option.reachable(),
                option.obstacle() == null ? null : option.obstacle().name(),
                option.easiest());
    }

    private static String name(Grade grade) {
        return grade == null ? null : grade.name();
    }
}
