package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator of a pool in a run: its weight, its benchmark (fixed, or k × the pool average over
 * the graded enterprises that have it) and the pool's best and worst values, and the score of a
 * value by the pool's method.
 */
final class PoolIndicator {
    final EvaluationIndicator indicator;
    final BigDecimal weight;
    final BigDecimal benchmark;
    final BigDecimal best;
    final BigDecimal worst;

    private PoolIndicator(
            EvaluationIndicator indicator, BigDecimal weight, BigDecimal benchmark, BigDecimal best, BigDecimal worst) {
        this.indicator = indicator;
        this.weight = weight;
        this.benchmark = benchmark;
        this.best = best;
        this.worst = worst;
    }

    static PoolIndicator of(Scheme.Pool pool, Scheme.WeightedIndicator weighted, List<EnterpriseFacts> graded) {
        EvaluationIndicator indicator =
                EvaluationIndicator.byCode(weighted.code()).orElseThrow();
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        BigDecimal best = null;
        BigDecimal worst = null;
        for (EnterpriseFacts facts : graded) {
            BigDecimal numerator = facts.figures().get(indicator.numerator());
            BigDecimal denominator = denominator(indicator, facts);
            if (numerator == null || denominator == null || denominator.signum() == 0) {
                continue;
            }
            numerators = numerators.add(numerator);
            denominators = denominators.add(denominator);
            BigDecimal value = ratio(indicator, numerator, denominator);
            best = best == null || value.compareTo(best) > 0 ? value : best;
            worst = worst == null || value.compareTo(worst) < 0 ? value : worst;
        }
        BigDecimal benchmark = null;
        if (!"minmax".equals(pool.method())) {
            Scheme.Benchmark given = weighted.benchmark();
            if (given.fixed() != null) {
                benchmark = given.fixed();
            } else {
                benchmark = denominators.signum() == 0
                        ? BigDecimal.ZERO
                        : given.zoneAverageTimes()
                                .multiply(ratio(indicator, numerators, denominators), Scoring.PRECISION);
            }
        }
        return new PoolIndicator(indicator, weighted.weight(), benchmark, best, worst);
    }

    BigDecimal valueOf(EnterpriseFacts facts) {
        BigDecimal numerator = facts.figures().get(indicator.numerator());
        BigDecimal denominator = denominator(indicator, facts);
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return ratio(indicator, numerator, denominator);
    }

    IndicatorScore score(Scheme.Pool pool, BigDecimal value, BigDecimal weight) {
        if (value == null || weight.signum() == 0) {
            return new IndicatorScore(indicator.code(), value, benchmark, weight, BigDecimal.ZERO, false);
        }
        if ("minmax".equals(pool.method())) {
            BigDecimal position = best.compareTo(worst) == 0
                    ? BigDecimal.ONE
                    : value.subtract(worst).divide(best.subtract(worst), Scoring.PRECISION);
            position = position.max(BigDecimal.ZERO).min(BigDecimal.ONE);
            BigDecimal score = weight.multiply(Scoring.TWENTY.add(Scoring.EIGHTY.multiply(position)), Scoring.PRECISION)
                    .divide(Scoring.HUNDRED, Scoring.PRECISION);
            return new IndicatorScore(indicator.code(), value, null, weight, score, false);
        }
        if (benchmark.signum() <= 0) {
            return new IndicatorScore(indicator.code(), value, benchmark, weight, BigDecimal.ZERO, false);
        }
        BigDecimal score = value.multiply(weight).divide(benchmark, Scoring.PRECISION);
        BigDecimal cap = pool.capMultiple() == null ? null : pool.capMultiple().multiply(weight);
        boolean capped = cap != null && score.compareTo(cap) > 0;
        score = capped ? cap : score.max(BigDecimal.ZERO);
        return new IndicatorScore(indicator.code(), value, benchmark, weight, score, capped);
    }

    private static BigDecimal denominator(EvaluationIndicator indicator, EnterpriseFacts facts) {
        return indicator.denominator().equals(EvaluationIndicator.LAND_MU)
                ? facts.landMu()
                : facts.figures().get(indicator.denominator());
    }

    private static BigDecimal ratio(EvaluationIndicator indicator, BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(indicator.multiplier()).divide(denominator, Scoring.PRECISION);
    }
}
