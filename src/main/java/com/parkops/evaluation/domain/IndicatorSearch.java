package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.EvaluationPaths.Obstacle;
import com.parkops.evaluation.EvaluationPaths.Option;
import com.parkops.evaluation.EvaluationPaths.Path;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The smallest increase of one indicator, on its display grid, that gives the target grade.
 *
 * <p>Grid point k stands for the value + k grid units; point 0 (the value as it is) does not reach
 * the target. The far end of the range is tried first (not reached → the indicator cannot do it
 * alone). Then the bracket between the last point known not to reach and the first known to reach
 * is narrowed (a bisection on the figure, sped up): the next point is where the secant through the
 * last two points scored crosses a margin of 0 (the total the enterprise still lacks), rounded up
 * and kept inside the bracket; when that is of no use (a flat stretch, or the bracket did not halve
 * in two steps) the bracket is split in the middle, geometrically while it spans orders of
 * magnitude. The search ends when the two points are neighbours, so the answer reaches the grade
 * and one grid unit less does not — both scored, not assumed. Reaching is monotone in the value:
 * the enterprise's score never falls as its value rises and the others' never rise (a benchmark of
 * k × the pool average grows with it, min–max bounds widen).
 */
final class IndicatorSearch {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorProbe probe;
    private final Grade target;

    private IndicatorSearch(IndicatorProbe probe, Grade target) {
        this.probe = probe;
        this.target = target;
    }

    /** The decimals of an indicator's display grid: 0.01, or 0.0001 for 单位用水增加值 (≈ 0.1 万元/吨). */
    static int scale(String code) {
        return EvaluationIndicator.VALUE_ADDED_PER_WATER.code().equals(code) ? 4 : 2;
    }

    /**
     * @param current the enterprise's score of the indicator as it is
     * @param numerator the enterprise's figure the indicator divides, or null
     * @param hasDenominator whether the indicator's denominator is there and not 0
     * @param best the pool's best value of the indicator
     */
    static Option search(
            IndicatorProbe probe,
            Grade target,
            IndicatorScore current,
            BigDecimal numerator,
            boolean hasDenominator,
            BigDecimal best) {
        return new IndicatorSearch(probe, target).run(current, numerator, hasDenominator, best);
    }

    private Option run(IndicatorScore current, BigDecimal numerator, boolean hasDenominator, BigDecimal best) {
        EvaluationIndicator indicator = probe.indicator();
        int scale = scale(indicator.code());
        BigDecimal value = current.value();
        if (value == null
                || numerator == null
                || !hasDenominator
                || current.weight().signum() == 0) {
            return unreachable(scale, value, numerator, Obstacle.NO_VALUE);
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal ceiling = BigDecimal.valueOf(Path.REACH_MULTIPLE).multiply(best == null ? value : value.max(best));
        if (ceiling.compareTo(value) <= 0) {
            return unreachable(scale, value, numerator, current.capped() ? Obstacle.AT_CAP : Obstacle.OUT_OF_RANGE);
        }
        long last =
                ceiling.subtract(value).divide(step, 0, RoundingMode.CEILING).longValueExact();
        IndicatorProbe.Outcome far = at(value, step, last);
        if (!reaches(far)) {
            Obstacle obstacle =
                    current.capped() ? Obstacle.AT_CAP : far.capped() ? Obstacle.CAP : Obstacle.OUT_OF_RANGE;
            return unreachable(scale, value, numerator, obstacle);
        }
        long low = 0;
        long high = last;
        IndicatorProbe.Outcome found = far;
        long previous = 0;
        double previousMargin = probe.baselineMargin();
        long spanBefore = Long.MAX_VALUE;
        long span = high - low;
        long next = 1;
        while (high - low > 1) {
            IndicatorProbe.Outcome outcome = at(value, step, next);
            if (reaches(outcome)) {
                high = next;
                found = outcome;
            } else {
                low = next;
            }
            long secant = secant(previous, previousMargin, next, outcome.margin());
            previous = next;
            previousMargin = outcome.margin();
            boolean slow = high - low > spanBefore / 2;
            spanBefore = span;
            span = high - low;
            next = secant < 0 || slow ? split(low, high) : Math.max(low + 1, Math.min(high - 1, secant));
        }
        BigDecimal increase = step.multiply(BigDecimal.valueOf(high));
        BigDecimal numeratorIncrease =
                probe.numeratorFor(value.add(increase)).subtract(numerator).setScale(2, RoundingMode.CEILING);
        BigDecimal percent =
                value.signum() > 0 ? increase.multiply(HUNDRED).divide(value, 2, RoundingMode.CEILING) : null;
        return new Option(
                indicator.code(),
                indicator.numerator(),
                scale,
                value,
                increase,
                numerator,
                numeratorIncrease,
                percent,
                found.rank(),
                found.total(),
                null,
                false);
    }

    private IndicatorProbe.Outcome at(BigDecimal value, BigDecimal step, long k) {
        return probe.at(value.add(step.multiply(BigDecimal.valueOf(k))));
    }

    private boolean reaches(IndicatorProbe.Outcome outcome) {
        return outcome.grade().ordinal() <= target.ordinal();
    }

    /** Where the line through two points crosses a margin of 0, rounded up; −1 when it does not. */
    private static long secant(long k0, double m0, long k1, double m1) {
        if (k0 == k1 || Double.isInfinite(m0) || Double.isInfinite(m1) || m0 == m1) {
            return -1;
        }
        double root = k1 - m1 * (k1 - k0) / (m1 - m0);
        if (Double.isNaN(root) || root <= 0 || root >= Long.MAX_VALUE / 2.0) {
            return -1;
        }
        return (long) Math.ceil(root);
    }

    /** The middle of the bracket; geometric while it spans more than a factor of 16. */
    private static long split(long low, long high) {
        if (low >= 1 && high / low > 16) {
            return Math.max(low + 1, Math.min(high - 1, (long) Math.sqrt((double) low * high)));
        }
        if (low == 0 && high > 16) {
            return Math.max(1, Math.min(high - 1, (long) Math.sqrt(high)));
        }
        return low + (high - low) / 2;
    }

    private Option unreachable(int scale, BigDecimal value, BigDecimal numerator, Obstacle obstacle) {
        EvaluationIndicator indicator = probe.indicator();
        return new Option(
                indicator.code(),
                indicator.numerator(),
                scale,
                value,
                null,
                numerator,
                null,
                null,
                null,
                null,
                obstacle,
                false);
    }
}
