package com.parkops.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The path to the next grade (晋档路径): for an enterprise whose computed grade in a run is B, C
 * or D, per indicator of its pool the smallest increase of that one indicator's value that lifts
 * its rank to the next better grade, with every other enterprise's figures, its own other
 * indicators, its bonus and penalty items and any veto or adjustment left as they are. Each
 * candidate is scored again with the run's scheme over the run's stored inputs, so a benchmark of
 * k × the pool average and the min–max bounds move with the change. Nothing is stored.
 */
public interface EvaluationPaths {

    /**
     * The path of one enterprise of a run; empty when the run or the enterprise in it is not there.
     * No access rules apply here: callers check who may see the result.
     */
    Optional<Path> path(UUID zoneId, UUID runId, String creditCode);

    /** Whether the enterprise has a next grade to reach. */
    enum PathStatus {
        /** Computed grade B, C or D: {@link Path#options()} says how to reach the next grade. */
        NEXT_GRADE,
        /** Computed grade A already. */
        ALREADY_TOP,
        /** Not graded (T): it takes no rank, so no indicator changes its grade. */
        NOT_GRADED
    }

    /** Why an indicator alone cannot lift the enterprise. */
    enum Obstacle {
        /** The enterprise has no value for it (a figure is missing or its denominator is 0). */
        NO_VALUE,
        /** Its score is already at the cap (capMultiple × weight). */
        AT_CAP,
        /** The cap stops its score before the next grade is reached. */
        CAP,
        /** Not reached within {@link Path#REACH_MULTIPLE} × the larger of its value and the pool's best. */
        OUT_OF_RANGE
    }

    /**
     * One enterprise's path.
     *
     * @param grade its computed grade (by rank)
     * @param finalGrade the grade that counts (after a veto or adjustment)
     * @param target the next better grade, or null unless {@link PathStatus#NEXT_GRADE}
     * @param score its unrounded total; null when it has no land
     * @param rank 1 = best in the pool; null for T
     * @param graded N, the graded enterprises of its pool
     * @param vetoed a veto forces D whatever the indicators say
     * @param options one per indicator of the pool, in scheme order
     * @param scorings how many times a candidate was scored (the cost of the search)
     */
    record Path(
            UUID runId,
            int year,
            String creditCode,
            String name,
            String pool,
            PathStatus status,
            Grade grade,
            Grade finalGrade,
            Grade target,
            BigDecimal score,
            Integer rank,
            int graded,
            boolean vetoed,
            List<Option> options,
            int scorings) {

        /** Indicators are searched up to this many times the larger of the value and the pool's best. */
        public static final int REACH_MULTIPLE = 100;

        public Path {
            options = List.copyOf(options);
        }

        public boolean anyReachable() {
            return options.stream().anyMatch(Option::reachable);
        }
    }

    /**
     * One indicator's way to the next grade. The increase is stated on the indicator's display grid
     * ({@code scale} decimals, 0.01 for most) and rounded up, so it is enough: the value plus the
     * increase reaches the target grade, one grid step less does not.
     *
     * @param code the indicator code, e.g. {@code taxPerMu}
     * @param numerator the figure it divides, e.g. {@code tax} (万元)
     * @param scale decimals of the indicator's display grid
     * @param value the enterprise's current value (unrounded), null when it has none
     * @param increase the increase of the value needed, null when not reachable
     * @param numeratorValue the current figure (万元)
     * @param numeratorIncrease the same change as an increase of the figure, rounded up to 0.01 万元
     * @param percent the increase in percent of the value, rounded up to 0.01; null when the value
     *     is not positive or it is not reachable
     * @param newRank the rank with the increase, null when not reachable
     * @param newScore the unrounded total with the increase, null when not reachable
     * @param obstacle why it cannot be reached, or null when it can
     * @param easiest the reachable option with the smallest percent increase
     */
    record Option(
            String code,
            String numerator,
            int scale,
            BigDecimal value,
            BigDecimal increase,
            BigDecimal numeratorValue,
            BigDecimal numeratorIncrease,
            BigDecimal percent,
            Integer newRank,
            BigDecimal newScore,
            Obstacle obstacle,
            boolean easiest) {

        public boolean reachable() {
            return obstacle == null;
        }

        /** The value to reach: value + increase. */
        public BigDecimal targetValue() {
            return increase == null ? null : value.add(increase);
        }
    }
}
