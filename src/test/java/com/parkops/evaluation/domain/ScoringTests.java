package com.parkops.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Coverage, T class, ranking with ties, grade cut-offs, methods and decisions. */
class ScoringTests {

    private static final Map<String, BigDecimal> SPLIT = Map.of(
            "A",
            BigDecimal.valueOf(20),
            "B",
            BigDecimal.valueOf(40),
            "C",
            BigDecimal.valueOf(35),
            "D",
            BigDecimal.valueOf(5));

    @Test
    void shouldGiveEqualTotalsTheBetterRankAndGradeByRankShare() {
        // ten enterprises, tax per mu 10, 9, 9, 7, 6, 5, 4, 3, 2, 1 on 1 mu each
        List<EnterpriseFacts> enterprises = new ArrayList<>();
        int[] taxes = {10, 9, 9, 7, 6, 5, 4, 3, 2, 1};
        for (int i = 0; i < taxes.length; i++) {
            enterprises.add(facts("E" + i, "ABOVE", 1, Map.of("tax", taxes[i])));
        }
        Map<String, Scored> byCode =
                byCode(Scoring.score(scheme(pool("above", "ratio", "taxPerMu", 10)), 2024, enterprises, Map.of()));

        assertThat(byCode.get("E0").rank()).isEqualTo(1);
        assertThat(byCode.get("E1").rank()).isEqualTo(2);
        assertThat(byCode.get("E2").rank()).isEqualTo(2);
        assertThat(byCode.get("E3").rank()).isEqualTo(4);
        // r/N ≤ 20 % → A: ranks 1, 2, 2; ≤ 60 % → B: 4, 5, 6; ≤ 95 % → C: 7, 8, 9; else D: 10
        assertThat(byCode.get("E2").grade()).isEqualTo(Grade.A);
        assertThat(byCode.get("E3").grade()).isEqualTo(Grade.B);
        assertThat(byCode.get("E5").grade()).isEqualTo(Grade.B);
        assertThat(byCode.get("E6").grade()).isEqualTo(Grade.C);
        assertThat(byCode.get("E8").grade()).isEqualTo(Grade.C);
        assertThat(byCode.get("E9").grade()).isEqualTo(Grade.D);
        assertThat(byCode.get("E0").graded()).isEqualTo(10);
    }

    @Test
    void shouldGradeExemptAndLandlessEnterprisesTOutsideTheRanking() {
        List<EnterpriseFacts> enterprises = List.of(
                facts("A", "ABOVE", 1, Map.of("tax", 5)),
                facts("B", "ABOVE", 1, Map.of("tax", 4)),
                withExempt(facts("X", "ABOVE", 1, Map.of("tax", 50)), "政策性搬迁"),
                facts("L", "ABOVE", 0, Map.of("tax", 50)),
                facts("S", "BELOW", 1, Map.of("tax", 50)));
        Map<String, Scored> byCode =
                byCode(Scoring.score(scheme(pool("above", "ratio", "taxPerMu", 10)), 2024, enterprises, Map.of()));

        assertThat(byCode).doesNotContainKey("S");
        assertThat(byCode.get("X").grade()).isEqualTo(Grade.T);
        assertThat(byCode.get("X").exemptReason()).isEqualTo("政策性搬迁");
        assertThat(byCode.get("X").rank()).isNull();
        assertThat(byCode.get("L").grade()).isEqualTo(Grade.T);
        assertThat(byCode.get("L").exemptReason()).isEqualTo(Scoring.NO_LAND);
        assertThat(byCode.get("L").total()).isNull();
        assertThat(byCode.get("A").rank()).isEqualTo(1);
        assertThat(byCode.get("B").rank()).isEqualTo(2);
        assertThat(byCode.get("B").graded()).isEqualTo(2);
    }

    @Test
    void shouldLeaveOutEnterprisesBelowTheMinimumLand() {
        Scheme.Pool below = new Scheme.Pool(
                "规下",
                "below",
                BigDecimal.valueOf(3),
                "ratio",
                BigDecimal.valueOf(2),
                "zero",
                List.of(indicator("taxPerMu", 100, BigDecimal.TEN, null)),
                SPLIT,
                List.of(),
                List.of());
        List<Scored> results = Scoring.score(
                scheme(below),
                2024,
                List.of(facts("small", "BELOW", 2.9999, Map.of("tax", 5)), facts("big", "BELOW", 3, Map.of("tax", 5))),
                Map.of());

        assertThat(results).extracting(r -> r.facts().creditCode()).containsExactly("big");
    }

    @Test
    void shouldDeriveTheBenchmarkFromThePoolAverageOfGradedEnterprises() {
        Scheme.Pool pool = new Scheme.Pool(
                "规上",
                "above",
                BigDecimal.ZERO,
                "ratio",
                BigDecimal.valueOf(2),
                "zero",
                List.of(indicator("laborProductivity", 100, null, BigDecimal.valueOf(1.5))),
                SPLIT,
                List.of(),
                List.of());
        List<EnterpriseFacts> enterprises = List.of(
                facts("A", "ABOVE", 1, Map.of("valueAdded", 300, "employees", 10)),
                facts("B", "ABOVE", 1, Map.of("valueAdded", 100, "employees", 30)),
                withExempt(facts("X", "ABOVE", 1, Map.of("valueAdded", 9000, "employees", 1)), "新建"));
        Map<String, Scored> byCode = byCode(Scoring.score(scheme(pool), 2024, enterprises, Map.of()));

        // Σ valueAdded ÷ Σ employees over A and B = 400 ÷ 40 = 10; × 1.5 = 15
        assertThat(byCode.get("A").indicators().get(0).benchmark()).isEqualByComparingTo("15");
        // A: 30 ÷ 15 × 100 = 200 (= cap); B: 3.333… ÷ 15 × 100 = 22.22…
        assertThat(byCode.get("A").total()).isEqualByComparingTo("200");
        assertThat(byCode.get("A").indicators().get(0).capped()).isFalse();
        assertThat(byCode.get("B").total().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("22.22");
    }

    @Test
    void shouldScoreZeroWithNullValueWhenTheDenominatorIsZeroByDefault() {
        Scheme.Pool pool = twoIndicators("zero");
        Map<String, Scored> byCode = byCode(Scoring.score(
                scheme(pool),
                2024,
                List.of(
                        facts("A", "ABOVE", 1, Map.of("tax", 10, "valueAdded", 100, "energy", 0)),
                        facts("B", "ABOVE", 1, Map.of("tax", 10, "valueAdded", 100, "energy", 50))),
                Map.of()));

        assertThat(byCode.get("A").indicators().get(1).value()).isNull();
        assertThat(byCode.get("A").indicators().get(1).score()).isEqualByComparingTo("0");
        // tax 10 ÷ 10 × 50 = 50
        assertThat(byCode.get("A").total()).isEqualByComparingTo("50");
    }

    @Test
    void shouldTreatZeroEnergyAsThePoolsBestValueWhenTheSchemeSaysSo() {
        Map<String, Scored> byCode = byCode(Scoring.score(
                scheme(twoIndicators("best")),
                2024,
                List.of(
                        facts("A", "ABOVE", 1, Map.of("tax", 10, "valueAdded", 100, "energy", 0)),
                        facts("B", "ABOVE", 1, Map.of("tax", 10, "valueAdded", 100, "energy", 50))),
                Map.of()));

        // best value among graded = B's 2; benchmark 2 → 50 points
        assertThat(byCode.get("A").indicators().get(1).value()).isEqualByComparingTo("2");
        assertThat(byCode.get("A").total()).isEqualByComparingTo("100");
    }

    @Test
    void shouldDropTheIndicatorAndReweightWhenTheSchemeSaysSo() {
        Map<String, Scored> byCode = byCode(Scoring.score(
                scheme(twoIndicators("reweight")),
                2024,
                List.of(
                        facts("A", "ABOVE", 1, Map.of("tax", 10, "valueAdded", 100, "energy", 0)),
                        facts("B", "ABOVE", 1, Map.of("tax", 10, "valueAdded", 100, "energy", 50))),
                Map.of()));

        // tax keeps all 100 points of weight: 10 ÷ 10 × 100
        assertThat(byCode.get("A").indicators().get(0).weight()).isEqualByComparingTo("100");
        assertThat(byCode.get("A").indicators().get(1).weight()).isEqualByComparingTo("0");
        assertThat(byCode.get("A").total()).isEqualByComparingTo("100");
        assertThat(byCode.get("B").total()).isEqualByComparingTo("100");
    }

    @Test
    void shouldScoreMinMaxBetweenTwentyAndOneHundredPercentOfTheWeight() {
        Scheme.Pool pool = new Scheme.Pool(
                "规上",
                "above",
                BigDecimal.ZERO,
                "minmax",
                null,
                "zero",
                List.of(indicator("taxPerMu", 100, null, null)),
                SPLIT,
                List.of(),
                List.of());
        Map<String, Scored> byCode = byCode(Scoring.score(
                scheme(pool),
                2024,
                List.of(
                        facts("low", "ABOVE", 1, Map.of("tax", 2)),
                        facts("mid", "ABOVE", 1, Map.of("tax", 6)),
                        facts("high", "ABOVE", 1, Map.of("tax", 10))),
                Map.of()));

        assertThat(byCode.get("low").total()).isEqualByComparingTo("20");
        assertThat(byCode.get("mid").total()).isEqualByComparingTo("60");
        assertThat(byCode.get("high").total()).isEqualByComparingTo("100");
    }

    @Test
    void shouldApplyVetoAdjustmentAndItems() {
        Scheme.Pool pool = new Scheme.Pool(
                "规上",
                "above",
                BigDecimal.ZERO,
                "ratio",
                BigDecimal.valueOf(2),
                "zero",
                List.of(indicator("taxPerMu", 100, BigDecimal.TEN, null)),
                SPLIT,
                List.of(
                        new Scheme.Item("highTech", "高新技术企业", BigDecimal.valueOf(5), "HIGH_TECH"),
                        new Scheme.Item("award", "省级奖项", BigDecimal.valueOf(3), null)),
                List.of(new Scheme.Item("arrears", "欠缴税费", BigDecimal.valueOf(4), null)));
        List<EnterpriseFacts> enterprises = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            enterprises.add(facts("E" + i, "ABOVE", 1, Map.of("tax", 10 - i)));
        }
        enterprises.set(9, withQualifications(enterprises.get(9), Set.of("HIGH_TECH")));
        UUID first = enterprises.get(0).enterpriseId();
        UUID fifth = enterprises.get(4).enterpriseId();
        UUID eighth = enterprises.get(7).enterpriseId();
        Map<UUID, Actions> actions = Map.of(
                first, new Actions("safety", 0, Set.of()),
                fifth, new Actions(null, 1, Set.of("award", "arrears")),
                eighth, new Actions(null, -1, Set.of()));
        Map<String, Scored> byCode = byCode(Scoring.score(scheme(pool), 2024, enterprises, actions));

        assertThat(byCode.get("E0").computedGrade()).isEqualTo(Grade.A);
        assertThat(byCode.get("E0").grade()).isEqualTo(Grade.D);
        // E4: 60 + 3 − 4 = 59, still rank 5 → B, adjusted up to A
        assertThat(byCode.get("E4").total()).isEqualByComparingTo("59");
        assertThat(byCode.get("E4").items()).containsExactlyInAnyOrder("award", "arrears");
        assertThat(byCode.get("E4").grade()).isEqualTo(Grade.A);
        assertThat(byCode.get("E7").computedGrade()).isEqualTo(Grade.C);
        assertThat(byCode.get("E7").grade()).isEqualTo(Grade.D);
        // E9: 10 + 5 (HIGH_TECH) = 15 → overtakes E8 (20)? no: 15 < 20, rank stays 10
        assertThat(byCode.get("E9").total()).isEqualByComparingTo("15");
        assertThat(byCode.get("E9").bonus()).isEqualByComparingTo("5");
    }

    @Test
    void shouldMakeUtilitiesAndYoungEnterprisesTWhenTheSchemeSaysSo() {
        Scheme plain = scheme(pool("above", "ratio", "taxPerMu", 10));
        Scheme withRules = new Scheme("x", plain.pools(), new Scheme.Exemptions(true, null, 2), List.of());
        EnterpriseFacts utility = new EnterpriseFacts(
                UUID.randomUUID(),
                "U",
                "U",
                "ABOVE",
                BigDecimal.ONE,
                "D4411",
                LocalDate.of(2000, 1, 1),
                null,
                figures(Map.of("tax", 5)),
                Set.of());
        EnterpriseFacts young = new EnterpriseFacts(
                UUID.randomUUID(),
                "Y",
                "Y",
                "ABOVE",
                BigDecimal.ONE,
                "C3411",
                LocalDate.of(2023, 3, 1),
                null,
                figures(Map.of("tax", 5)),
                Set.of());
        EnterpriseFacts old = new EnterpriseFacts(
                UUID.randomUUID(),
                "O",
                "O",
                "ABOVE",
                BigDecimal.ONE,
                "C3411",
                LocalDate.of(2022, 12, 31),
                null,
                figures(Map.of("tax", 5)),
                Set.of());

        Map<String, Scored> byCode = byCode(Scoring.score(withRules, 2024, List.of(utility, young, old), Map.of()));
        assertThat(byCode.get("U").grade()).isEqualTo(Grade.T);
        assertThat(byCode.get("Y").grade()).isEqualTo(Grade.T);
        // the only graded enterprise: rank 1 of 1 is 100 % → D by the rule
        assertThat(byCode.get("O").exemptReason()).isNull();
        assertThat(byCode.get("O").grade()).isEqualTo(Grade.D);
        assertThat(byCode(Scoring.score(plain, 2024, List.of(utility, young, old), Map.of()))
                        .get("U")
                        .grade())
                .isNotEqualTo(Grade.T);
    }

    private static Scheme.Pool twoIndicators(String zeroDenominator) {
        return new Scheme.Pool(
                "规上",
                "above",
                BigDecimal.ZERO,
                "ratio",
                BigDecimal.valueOf(2),
                zeroDenominator,
                List.of(
                        indicator("taxPerMu", 50, BigDecimal.TEN, null),
                        indicator("valueAddedPerEnergy", 50, BigDecimal.valueOf(2), null)),
                SPLIT,
                List.of(),
                List.of());
    }

    private static Scheme.Pool pool(String scale, String method, String code, int benchmark) {
        return new Scheme.Pool(
                "规上",
                scale,
                BigDecimal.ZERO,
                method,
                BigDecimal.valueOf(2),
                "zero",
                List.of(indicator(code, 100, BigDecimal.valueOf(benchmark), null)),
                SPLIT,
                List.of(),
                List.of());
    }

    private static Scheme.WeightedIndicator indicator(String code, int weight, BigDecimal fixed, BigDecimal times) {
        return new Scheme.WeightedIndicator(code, BigDecimal.valueOf(weight), new Scheme.Benchmark(fixed, times));
    }

    private static Scheme scheme(Scheme.Pool pool) {
        return new Scheme("test", List.of(pool), null, List.of());
    }

    private static EnterpriseFacts facts(String code, String scale, double mu, Map<String, Integer> figures) {
        return new EnterpriseFacts(
                UUID.randomUUID(),
                code,
                code,
                scale,
                BigDecimal.valueOf(mu),
                "C3411",
                null,
                null,
                figures(figures),
                Set.of());
    }

    private static Map<String, BigDecimal> figures(Map<String, Integer> figures) {
        Map<String, BigDecimal> values = new HashMap<>();
        figures.forEach((k, v) -> values.put(k, BigDecimal.valueOf(v)));
        return values;
    }

    private static EnterpriseFacts withExempt(EnterpriseFacts f, String reason) {
        return new EnterpriseFacts(
                f.enterpriseId(),
                f.creditCode(),
                f.name(),
                f.scale(),
                f.landMu(),
                f.industryCode(),
                f.registeredOn(),
                reason,
                f.figures(),
                f.qualifications());
    }

    private static EnterpriseFacts withQualifications(EnterpriseFacts f, Set<String> kinds) {
        return new EnterpriseFacts(
                f.enterpriseId(),
                f.creditCode(),
                f.name(),
                f.scale(),
                f.landMu(),
                f.industryCode(),
                f.registeredOn(),
                f.exemptReason(),
                f.figures(),
                kinds);
    }

    private static Map<String, Scored> byCode(List<Scored> results) {
        return results.stream().collect(Collectors.toMap(r -> r.facts().creditCode(), Function.identity()));
    }
}
