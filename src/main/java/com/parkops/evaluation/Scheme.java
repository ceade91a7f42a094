package com.parkops.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An evaluation scheme exactly as the API takes and gives it (see {@code docs/api.md},
 * Evaluation). Only {@code pools} is required; every other setting has the default the domain
 * guide gives. Check a scheme with {@link EvaluationSchemes#validate(Scheme)} before using it.
 *
 * @param name a display name, e.g. {@code 临海 2014}
 * @param pools the pools, each scored and ranked on its own
 * @param exemptions automatic T-class (不定等级) rules; absent = only the registry's exempt reason
 *     and land = 0 make an enterprise T
 * @param vetoItems the veto items (一票否决) staff may apply, each forcing grade D
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scheme(String name, List<Pool> pools, Exemptions exemptions, List<VetoItem> vetoItems) {

    public Scheme {
        pools = pools == null ? null : List.copyOf(pools);
        vetoItems = vetoItems == null ? null : List.copyOf(vetoItems);
    }

    /**
     * One pool.
     *
     * @param scale {@code above} (规上), {@code below} (规下) or {@code all}
     * @param minMu the least registered land, in mu, to be covered
     * @param method {@code ratio} (ratio to benchmark, with cap and floor) or {@code minmax}
     * @param capMultiple for {@code ratio}: the score of an indicator is at most this × its weight;
     *     absent = 2 (the domain guide's default; a ratio score is always capped)
     * @param zeroDenominator when an energy, emission, water or electricity figure is 0: {@code
     *     zero} (score 0, value null; the default), {@code best} (take the pool's best value) or
     *     {@code reweight} (drop the indicator and spread its weight over the others)
     * @param grades the grade split in percent of the pool's graded enterprises: A, B, C, D
     * @param bonusItems points added to the total (加分项)
     * @param penaltyItems points taken off the total (减分项)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pool(
            String name,
            String scale,
            BigDecimal minMu,
            String method,
            BigDecimal capMultiple,
            String zeroDenominator,
            List<WeightedIndicator> indicators,
            Map<String, BigDecimal> grades,
            List<Item> bonusItems,
            List<Item> penaltyItems) {

        public Pool {
            indicators = indicators == null ? null : List.copyOf(indicators);
            bonusItems = bonusItems == null ? null : List.copyOf(bonusItems);
            penaltyItems = penaltyItems == null ? null : List.copyOf(penaltyItems);
        }
    }

    /** An indicator of a pool with its weight (the weights of a pool sum to 100). */
    public record WeightedIndicator(String code, BigDecimal weight, Benchmark benchmark) {}

    /**
     * The benchmark: a fixed value, or k × the pool average (Σ numerator ÷ Σ denominator over
     * the pool's graded enterprises that have the indicator). Exactly one is given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Benchmark(BigDecimal fixed, BigDecimal zoneAverageTimes) {}

    /**
     * A bonus or penalty item.
     *
     * @param code a short key, unique in the pool
     * @param name its display name, e.g. {@code 高新技术企业}
     * @param points the points (positive) it adds (bonus) or takes off (penalty)
     * @param qualification when set, the item applies by itself to every enterprise holding a
     *     valid registry qualification of this kind (e.g. {@code HIGH_TECH}) in the year; otherwise
     *     staff apply it to an enterprise in a draft run, with a reason
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String code, String name, BigDecimal points, String qualification) {}

    /** A veto item (一票否决), e.g. a major safety or environmental incident. */
    public record VetoItem(String code, String name) {}

    /**
     * Automatic T-class rules, each with the reason recorded on the result.
     *
     * @param utilities utilities (power, heat, gas, water, sewage, sanitation) by industry code
     * @param utilityIndustryPrefixes the industry-code prefixes counted as utilities; absent = the
     *     defaults D44, D45, D46, N772, N782
     * @param registeredYears enterprises registered fewer than this many years before the end of
     *     the evaluated year; null = no such rule
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Exemptions(Boolean utilities, List<String> utilityIndustryPrefixes, Integer registeredYears) {}
}
