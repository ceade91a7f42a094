package com.parkops.evaluation.domain;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The scoring rules of {@code docs/api.md} (Evaluation) and the domain guide §4, as a pure
 * function of a valid scheme, the year and the enterprises' facts: coverage per pool, T class,
 * benchmarks, scores by ratio to benchmark (capped, floored at 0) or min–max, bonus and penalty
 * items, ranking on the unrounded total (equal totals share the better rank), grades by rank and
 * the staff's veto and adjustment decisions on top. No rounding happens here. The scheme comes
 * with its defaults filled in ({@link SchemeRules#withDefaults}); a pool without {@code
 * capMultiple} there is not capped.
 */
final class Scoring {

    /** Precision of every division; far beyond the 2 decimals shown. */
    static final MathContext PRECISION = new MathContext(30, RoundingMode.HALF_UP);

    /**
     * Totals keep 10 decimals: far below anything shown, yet enough to absorb the last-digit
     * error of repeating decimals (20 ÷ 15 × 40 + 2.5 ÷ 3 × 20 must give exactly 70), so that
     * equal totals rank equal and a total of exactly x.xx5 rounds up as it should.
     */
    static final int TOTAL_SCALE = 10;

    static final String NO_LAND = "无用地";
    static final List<String> DEFAULT_UTILITY_PREFIXES = List.of("D44", "D45", "D46", "N772", "N782");

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    private Scoring() {}

    /**
     * Scores every covered enterprise; the result lists pools in scheme order, best first. The
     * enterprises given are those with figures in the year; each pool takes those of its scale
     * with at least its minimum land, an enterprise joining the first pool that takes it.
     */
    static List<Scored> score(
            Scheme scheme, int year, Collection<EnterpriseFacts> enterprises, Map<UUID, Actions> actions) {
        List<Scored> results = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        for (int index = 0; index < scheme.pools().size(); index++) {
            Scheme.Pool pool = scheme.pools().get(index);
            List<EnterpriseFacts> members = new ArrayList<>();
            for (EnterpriseFacts facts : enterprises) {
                if (!taken.contains(facts.enterpriseId()) && covers(pool, facts)) {
                    members.add(facts);
                    taken.add(facts.enterpriseId());
                }
            }
            results.addAll(scorePool(scheme, pool, index, year, members, actions));
        }
        return results;
    }

    static boolean covers(Scheme.Pool pool, EnterpriseFacts facts) {
        String scale = pool.scale() == null ? "all" : pool.scale();
        boolean scaleMatches = switch (scale) {
            case "above" -> "ABOVE".equals(facts.scale());
            case "below" -> "BELOW".equals(facts.scale());
            default -> true;
        };
        BigDecimal minMu = pool.minMu() == null ? BigDecimal.ZERO : pool.minMu();
        return scaleMatches && facts.landMu().compareTo(minMu) >= 0;
    }

    /** Why the enterprise is not graded in the year, or null when it is. */
    static String exemptReason(Scheme scheme, int year, EnterpriseFacts facts) {
        if (facts.exemptReason() != null && !facts.exemptReason().isBlank()) {
            return facts.exemptReason();
        }
        if (facts.landMu().signum() <= 0) {
            return NO_LAND;
        }
        Scheme.Exemptions rules = scheme.exemptions();
        if (rules == null) {
            return null;
        }
        if (Boolean.TRUE.equals(rules.utilities()) && facts.industryCode() != null) {
            List<String> prefixes = rules.utilityIndustryPrefixes() == null
                    ? DEFAULT_UTILITY_PREFIXES
                    : rules.utilityIndustryPrefixes();
            for (String prefix : prefixes) {
                if (facts.industryCode().startsWith(prefix)) {
                    return "公用事业（" + prefix + "）";
                }
            }
        }
        if (rules.registeredYears() != null && facts.registeredOn() != null) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (facts.registeredOn().plusYears(rules.registeredYears()).isAfter(yearEnd)) {
                return "注册不满" + rules.registeredYears() + "年";
            }
        }
        return null;
    }

    private static List<Scored> scorePool(
            Scheme scheme,
            Scheme.Pool pool,
            int poolIndex,
            int year,
            List<EnterpriseFacts> members,
            Map<UUID, Actions> actions) {
        List<EnterpriseFacts> graded = new ArrayList<>();
        java.util.Map<UUID, String> exempt = new java.util.HashMap<>();
        for (EnterpriseFacts facts : members) {
            String reason = exemptReason(scheme, year, facts);
            if (reason == null) {
                graded.add(facts);
            } else {
                exempt.put(facts.enterpriseId(), reason);
            }
        }
        List<PoolIndicator> columns = new ArrayList<>();
        for (Scheme.WeightedIndicator weighted : pool.indicators()) {
            columns.add(PoolIndicator.of(pool, weighted, graded));
        }
        BigDecimal totalWeight = pool.indicators().stream()
                .map(Scheme.WeightedIndicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        List<Scored> results = new ArrayList<>();
        for (EnterpriseFacts facts : members) {
            Actions decided = actions.getOrDefault(facts.enterpriseId(), Actions.NONE);
            String reason = exempt.get(facts.enterpriseId());
            boolean scorable = facts.landMu().signum() > 0;
            List<IndicatorScore> scores = scorable
                    ? scoreIndicators(pool, columns, totalWeight, facts)
                    : columns.stream()
                            .map(c -> new IndicatorScore(
                                    c.indicator.code(), null, c.benchmark, c.weight, BigDecimal.ZERO, false))
                            .toList();
            List<String> items = new ArrayList<>();
            BigDecimal bonus = points(pool.bonusItems(), facts, decided, items);
            BigDecimal penalty = points(pool.penaltyItems(), facts, decided, items);
            BigDecimal total = scorable
                    ? scores.stream()
                            .map(IndicatorScore::score)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .add(bonus)
                            .subtract(penalty)
                            .setScale(TOTAL_SCALE, RoundingMode.HALF_UP)
                    : null;
            results.add(new Scored(
                    facts,
                    pool.name(),
                    poolIndex,
                    Grade.T,
                    Grade.T,
                    total,
                    bonus,
                    penalty,
                    null,
                    0,
                    reason,
                    scores,
                    items,
                    decided));
        }
        return PoolRanking.rank(pool, results);
    }

    private static List<IndicatorScore> scoreIndicators(
            Scheme.Pool pool, List<PoolIndicator> columns, BigDecimal totalWeight, EnterpriseFacts facts) {
        boolean reweight = "reweight".equals(pool.zeroDenominator());
        BigDecimal droppedWeight = BigDecimal.ZERO;
        List<BigDecimal> values = new ArrayList<>();
        for (PoolIndicator column : columns) {
            BigDecimal value = column.valueOf(facts);
            if (value == null && column.indicator.consumptionDenominator() && zeroDenominator(column, facts)) {
                if ("best".equals(pool.zeroDenominator())) {
                    value = column.best;
                } else if (reweight) {
                    droppedWeight = droppedWeight.add(column.weight);
                }
            }
            values.add(value);
        }
        BigDecimal factor = BigDecimal.ONE;
        if (reweight && droppedWeight.signum() > 0 && totalWeight.compareTo(droppedWeight) > 0) {
            factor = totalWeight.divide(totalWeight.subtract(droppedWeight), PRECISION);
        }
        List<IndicatorScore> scores = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            PoolIndicator column = columns.get(i);
            BigDecimal value = values.get(i);
            boolean dropped = reweight
                    && value == null
                    && column.indicator.consumptionDenominator()
                    && zeroDenominator(column, facts);
            BigDecimal weight = dropped ? BigDecimal.ZERO : column.weight.multiply(factor, PRECISION);
            scores.add(column.score(pool, value, weight));
        }
        return scores;
    }

    private static boolean zeroDenominator(PoolIndicator column, EnterpriseFacts facts) {
        BigDecimal denominator = facts.figures().get(column.indicator.denominator());
        return denominator != null
                && denominator.signum() == 0
                && facts.figures().get(column.indicator.numerator()) != null;
    }

    private static BigDecimal points(
            List<Scheme.Item> items, EnterpriseFacts facts, Actions decided, List<String> applied) {
        BigDecimal sum = BigDecimal.ZERO;
        if (items == null) {
            return sum;
        }
        for (Scheme.Item item : items) {
            boolean applies = item.qualification() != null
                    ? facts.qualifications().contains(item.qualification())
                    : decided.manualItems().contains(item.code());
            if (applies) {
                sum = sum.add(item.points());
                applied.add(item.code());
            }
        }
        return sum;
    }
}
