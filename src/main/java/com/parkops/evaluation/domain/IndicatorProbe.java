package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where one enterprise of a pool would rank if one of its indicators had another value, every
 * other figure of every enterprise as it is. The indicator is scored with {@link Scoring#score}
 * over the pool (a pool of that one indicator, so its benchmark, min–max bounds and best value
 * move as the engine moves them); each enterprise's total is its baseline total with that
 * indicator's baseline score swapped for the new one. The enterprise's other indicators stay as
 * they are even when they share the figure (亩均税收 and 单位电耗税收 both divide tax): the change
 * is of the one indicator alone.
 *
 * <p>When the indicator's score depends on nothing but the enterprise's own value (ratio method,
 * fixed benchmark, and zero denominators not replaced by the pool's best), only the enterprise is
 * scored and compared with the others' baseline totals: O(log n) instead of O(n) per candidate.
 */
final class IndicatorProbe {

    /**
     * What a candidate value gives.
     *
     * @param margin the enterprise's total minus the total it must equal to reach the target grade
     *     (≥ 0 exactly when it does); only a guide for the search, which trusts {@code grade}
     */
    record Outcome(int rank, Grade grade, BigDecimal total, boolean capped, double margin) {}

    private final Scheme single;
    private final int year;
    private final Scheme.Pool pool;
    private final EvaluationIndicator indicator;
    private final BigDecimal schemeWeight;
    private final List<EnterpriseFacts> members;
    private final int targetIndex;
    private final BigDecimal targetDenominator;
    private final Map<UUID, BigDecimal> rest = new HashMap<>();
    private final Map<UUID, BigDecimal> weights = new HashMap<>();
    private final boolean independent;
    private final BigDecimal[] othersAscending;
    private final int graded;
    private final int lastRank;
    private final BigDecimal baselineTotal;
    private int scorings;

    /**
     * @param pool the pool (with defaults filled in)
     * @param index the indicator's position in the pool
     * @param baseline the pool scored as the run scores it
     */
    IndicatorProbe(
            Scheme scheme,
            Scheme.Pool pool,
            int index,
            int year,
            List<EnterpriseFacts> members,
            List<Scored> baseline,
            UUID target,
            Grade targetGrade) {
        Scheme.WeightedIndicator weighted = pool.indicators().get(index);
        this.indicator = EvaluationIndicator.byCode(weighted.code()).orElseThrow();
        this.schemeWeight = weighted.weight();
        this.pool = pool;
        this.year = year;
        this.single = new Scheme(
                scheme.name(),
                List.of(new Scheme.Pool(
                        pool.name(),
                        pool.scale(),
                        pool.minMu(),
                        pool.method(),
                        pool.capMultiple(),
                        pool.zeroDenominator(),
                        List.of(weighted),
                        pool.grades(),
                        List.of(),
                        List.of())),
                scheme.exemptions(),
                scheme.vetoItems());
        this.members = members;
        int at = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).enterpriseId().equals(target)) {
                at = i;
            }
        }
        this.targetIndex = at;
        this.targetDenominator = denominator(members.get(at));
        List<BigDecimal> others = new ArrayList<>();
        BigDecimal own = null;
        for (Scored scored : baseline) {
            if (scored.exemptReason() != null) {
                continue;
            }
            IndicatorScore score = scored.indicators().get(index);
            UUID id = scored.facts().enterpriseId();
            rest.put(id, scored.total().subtract(score.score()));
            weights.put(id, score.weight());
            if (id.equals(target)) {
                own = scored.total();
            } else {
                others.add(scored.total());
            }
        }
        this.baselineTotal = own;
        this.graded = rest.size();
        this.lastRank = lastRank(pool, targetGrade, graded);
        this.independent = !"minmax".equals(pool.method())
                && weighted.benchmark().fixed() != null
                && !"best".equals(pool.zeroDenominator());
        this.othersAscending = others.toArray(new BigDecimal[0]);
        Arrays.sort(this.othersAscending);
    }

    EvaluationIndicator indicator() {
        return indicator;
    }

    /** The margin of the enterprise as it is (see {@link Outcome#margin()}). */
    double baselineMargin() {
        return margin(baselineTotal, othersAscending);
    }

    /** How many candidates were scored so far. */
    int scorings() {
        return scorings;
    }

    /** The enterprise's figure that makes its indicator worth {@code value}. */
    BigDecimal numeratorFor(BigDecimal value) {
        return value.multiply(targetDenominator).divide(indicator.multiplier(), Scoring.PRECISION);
    }

    /** Rank, grade and total of the enterprise were its indicator worth {@code value}. */
    Outcome at(BigDecimal value) {
        scorings++;
        EnterpriseFacts changed = withNumerator(members.get(targetIndex), numeratorFor(value));
        UUID target = changed.enterpriseId();
        BigDecimal total;
        boolean capped;
        int better;
        double margin;
        if (independent) {
            IndicatorScore score = Scoring.score(single, year, List.of(changed), Map.of())
                    .get(0)
                    .indicators()
                    .get(0);
            total = rest.get(target)
                    .add(scaled(target, score.score()))
                    .setScale(Scoring.TOTAL_SCALE, java.math.RoundingMode.HALF_UP);
            capped = score.capped();
            better = othersAscending.length - upperBound(othersAscending, total);
            margin = margin(total, othersAscending);
        } else {
            List<EnterpriseFacts> candidates = new ArrayList<>(members);
            candidates.set(targetIndex, changed);
            List<Scored> scored = Scoring.score(single, year, candidates, Map.of());
            Map<UUID, BigDecimal> totals = new HashMap<>();
            boolean targetCapped = false;
            for (Scored s : scored) {
                if (s.exemptReason() == null) {
                    IndicatorScore score = s.indicators().get(0);
                    UUID id = s.facts().enterpriseId();
                    totals.put(
                            id,
                            rest.get(id)
                                    .add(scaled(id, score.score()))
                                    .setScale(Scoring.TOTAL_SCALE, java.math.RoundingMode.HALF_UP));
                    if (id.equals(target)) {
                        targetCapped = score.capped();
                    }
                }
            }
            total = totals.remove(target);
            capped = targetCapped;
            BigDecimal[] others = totals.values().toArray(new BigDecimal[0]);
            Arrays.sort(others);
            better = others.length - upperBound(others, total);
            margin = margin(total, others);
        }
        int rank = better + 1;
        BigDecimal a = pool.grades().get("A");
        BigDecimal ab = a.add(pool.grades().get("B"));
        BigDecimal abc = ab.add(pool.grades().get("C"));
        return new Outcome(rank, PoolRanking.gradeOf(rank, graded, a, ab, abc), total, capped, margin);
    }

    /** The worst rank that still gives the target grade: r with r × 100 ≤ cumulative % × N. */
    private static int lastRank(Scheme.Pool pool, Grade target, int graded) {
        BigDecimal cumulative = BigDecimal.ZERO;
        for (String grade : SchemeRules.GRADES) {
            cumulative = cumulative.add(pool.grades().get(grade));
            if (grade.equals(target.name())) {
                break;
            }
        }
        return cumulative
                .multiply(BigDecimal.valueOf(graded))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                .intValueExact();
    }

    /** total − the lastRank-th best of the others; ±∞ when no rank or every rank gives the grade. */
    private double margin(BigDecimal total, BigDecimal[] ascending) {
        if (lastRank < 1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (ascending.length < lastRank) {
            return Double.POSITIVE_INFINITY;
        }
        return total.subtract(ascending[ascending.length - lastRank]).doubleValue();
    }

    /** The score as the enterprise's own weight gives it (a re-weighting scheme may change it). */
    private BigDecimal scaled(UUID id, BigDecimal score) {
        BigDecimal weight = weights.get(id);
        if (weight.compareTo(schemeWeight) == 0) {
            return score;
        }
        return weight.signum() == 0 ? BigDecimal.ZERO : score.multiply(weight).divide(schemeWeight, Scoring.PRECISION);
    }

    /** How many of the ascending totals are ≤ total. */
    private static int upperBound(BigDecimal[] ascending, BigDecimal total) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid].compareTo(total) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private BigDecimal denominator(EnterpriseFacts facts) {
        return indicator.denominator().equals(EvaluationIndicator.LAND_MU)
                ? facts.landMu()
                : facts.figures().get(indicator.denominator());
    }

    private EnterpriseFacts withNumerator(EnterpriseFacts facts, BigDecimal numerator) {
        Map<String, BigDecimal> figures = new HashMap<>(facts.figures());
        figures.put(indicator.numerator(), numerator);
        return new EnterpriseFacts(
                facts.enterpriseId(),
                facts.creditCode(),
                facts.name(),
                facts.scale(),
                facts.landMu(),
                facts.industryCode(),
                facts.registeredOn(),
                facts.exemptReason(),
                figures,
                facts.qualifications());
    }
}
