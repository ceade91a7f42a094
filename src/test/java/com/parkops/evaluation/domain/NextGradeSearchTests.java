package com.parkops.evaluation.domain;

import static com.parkops.evaluation.domain.CraftedPools.average;
import static com.parkops.evaluation.domain.CraftedPools.facts;
import static com.parkops.evaluation.domain.CraftedPools.fixed;
import static com.parkops.evaluation.domain.CraftedPools.gradeWithValue;
import static com.parkops.evaluation.domain.CraftedPools.pool;
import static com.parkops.evaluation.domain.CraftedPools.scheme;
import static com.parkops.evaluation.domain.CraftedPools.scored;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.EvaluationPaths.Obstacle;
import com.parkops.evaluation.EvaluationPaths.Option;
import com.parkops.evaluation.EvaluationPaths.Path;
import com.parkops.evaluation.EvaluationPaths.PathStatus;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The path to the next grade on small crafted pools, checked against the scoring engine itself. */
class NextGradeSearchTests {

    private static final UUID RUN = UUID.randomUUID();

    /** Five enterprises on 10 mu each, 亩均税收 15, 12, 10, 8, 5 against a fixed benchmark of 10. */
    private final List<EnterpriseFacts> five = List.of(
            facts("E1", 10, Map.of("tax", 150.0)),
            facts("E2", 10, Map.of("tax", 120.0)),
            facts("E3", 10, Map.of("tax", 100.0)),
            facts("E4", 10, Map.of("tax", 80.0)),
            facts("E5", 10, Map.of("tax", 50.0)));

    @Test
    void shouldStateTheExactIncreaseWhenAnEqualTotalSharesTheBetterRank() {
        Scheme scheme = scheme(pool("规上", "ratio", List.of(fixed("taxPerMu", 100, 10))));

        // E4 is rank 4 of 5 (C); rank 3 (60 %) is B, and equalling E3's 10 万元/亩 shares rank 3
        Path path = path(scheme, five, "E4");

        assertThat(path.status()).isEqualTo(PathStatus.NEXT_GRADE);
        assertThat(path.grade()).isEqualTo(Grade.C);
        assertThat(path.target()).isEqualTo(Grade.B);
        Option tax = path.options().get(0);
        assertThat(tax.increase()).isEqualByComparingTo("2.00");
        assertThat(tax.numeratorIncrease()).isEqualByComparingTo("20.00");
        assertThat(tax.percent()).isEqualByComparingTo("25.00");
        assertThat(tax.newRank()).isEqualTo(3);
        assertThat(tax.easiest()).isTrue();
        assertThat(gradeWithValue(scheme, five, "E4", "taxPerMu", new BigDecimal("10.00")))
                .isEqualTo(Grade.B);
        assertThat(gradeWithValue(scheme, five, "E4", "taxPerMu", new BigDecimal("9.99")))
                .isEqualTo(Grade.C);
    }

    @Test
    void shouldSaySoForGradeAAndForNotGraded() {
        Scheme scheme = scheme(pool("规上", "ratio", List.of(fixed("taxPerMu", 100, 10))));
        List<EnterpriseFacts> withExempt = new ArrayList<>(five);
        EnterpriseFacts exempt = facts("X", 10, Map.of("tax", 10.0));
        withExempt.add(new EnterpriseFacts(
                exempt.enterpriseId(),
                "X",
                "X",
                "ABOVE",
                exempt.landMu(),
                null,
                null,
                "政策性搬迁",
                exempt.figures(),
                exempt.qualifications()));

        assertThat(path(scheme, withExempt, "E1").status()).isEqualTo(PathStatus.ALREADY_TOP);
        assertThat(path(scheme, withExempt, "E1").options()).isEmpty();
        Path exemptPath = path(scheme, withExempt, "X");
        assertThat(exemptPath.status()).isEqualTo(PathStatus.NOT_GRADED);
        assertThat(exemptPath.target()).isNull();
        assertThat(NextGradeSearch.find(RUN, scheme, 2025, five, Map.of(), "NOPE"))
                .isEmpty();
    }

    @Test
    void shouldMoveAZoneAverageBenchmarkWithTheChangeAndStillStateASufficientIncrease() {
        // benchmark = 1 × Σ tax ÷ Σ mu: raising E4's tax raises it and lowers everyone else's score
        Scheme scheme = scheme(pool("规上", "ratio", List.of(average("taxPerMu", 100, 1))));

        Option tax = path(scheme, five, "E4").options().get(0);

        assertThat(tax.reachable()).isTrue();
        BigDecimal reached = tax.targetValue();
        BigDecimal step = new BigDecimal("0.01");
        assertThat(gradeWithValue(scheme, five, "E4", "taxPerMu", reached)).isEqualTo(Grade.B);
        assertThat(gradeWithValue(scheme, five, "E4", "taxPerMu", reached.subtract(step)))
                .isEqualTo(Grade.C);
        BigDecimal before = benchmark(scheme, five, "E4");
        BigDecimal after = benchmark(
                scheme,
                five.stream()
                        .map(f -> f.creditCode().equals("E4")
                                ? CraftedPools.with(f, "tax", reached.multiply(BigDecimal.TEN))
                                : f)
                        .toList(),
                "E4");
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void shouldListACappedIndicatorAsUnableToLiftTheEnterprise() {
        // X's 亩均税收 (25 against 10) is capped at 2 × 20; its energy efficiency is poor
        Scheme scheme =
                scheme(pool("规上", "ratio", List.of(fixed("taxPerMu", 20, 10), fixed("valueAddedPerEnergy", 80, 1))));
        List<EnterpriseFacts> pool = List.of(
                facts("A1", 10, Map.of("tax", 100.0, "valueAdded", 300.0, "energy", 100.0)),
                facts("A2", 10, Map.of("tax", 100.0, "valueAdded", 250.0, "energy", 100.0)),
                facts("A3", 10, Map.of("tax", 100.0, "valueAdded", 200.0, "energy", 100.0)),
                facts("A4", 10, Map.of("tax", 100.0, "valueAdded", 150.0, "energy", 100.0)),
                facts("A5", 10, Map.of("tax", 100.0, "valueAdded", 120.0, "energy", 100.0)),
                facts("A6", 10, Map.of("tax", 100.0, "valueAdded", 110.0, "energy", 100.0)),
                facts("X", 10, Map.of("tax", 250.0, "valueAdded", 20.0, "energy", 100.0)),
                facts("Y", 10, Map.of("tax", 50.0, "valueAdded", 10.0, "energy", 100.0)),
                facts("Z", 10, Map.of("tax", 10.0, "valueAdded", 5.0, "energy", 0.0)));

        Path x = path(scheme, pool, "X");
        Path y = path(scheme, pool, "Y");
        Path z = path(scheme, pool, "Z");

        assertThat(x.grade()).isEqualTo(Grade.C);
        assertThat(x.options().get(0).obstacle()).isEqualTo(Obstacle.AT_CAP);
        assertThat(x.options().get(0).reachable()).isFalse();
        assertThat(x.options().get(1).reachable()).isTrue();
        assertThat(x.options().get(1).easiest()).isTrue();
        // Y could gain at most 20 more points on tax: the cap stops it before X and the others
        assertThat(y.options().get(0).obstacle()).isEqualTo(Obstacle.CAP);
        assertThat(z.grade()).isEqualTo(Grade.D);
        assertThat(z.options().get(1).obstacle()).isEqualTo(Obstacle.NO_VALUE);
        assertSufficientAndTight(scheme, pool);
    }

    @Test
    void shouldChangeOnlyTheOneIndicatorWhenTwoShareTheirFigure() {
        // 亩均税收 and 单位电耗税收 both divide tax; the path raises 亩均税收 alone
        Scheme scheme =
                scheme(pool("规下", "ratio", List.of(fixed("taxPerMu", 70, 10), fixed("taxPerElectricity", 30, 2))));
        List<EnterpriseFacts> pool = List.of(
                facts("S1", 10, Map.of("tax", 150.0, "electricity", 60.0)),
                facts("S2", 10, Map.of("tax", 120.0, "electricity", 60.0)),
                facts("S3", 10, Map.of("tax", 100.0, "electricity", 60.0)),
                facts("S4", 10, Map.of("tax", 80.0, "electricity", 60.0)),
                facts("S5", 10, Map.of("tax", 50.0, "electricity", 60.0)));

        Path path = path(scheme, pool, "S4");

        Option perMu = path.options().get(0);
        // 亩均税收 worth 7 points per 万元/亩; S3 is 20 points of tax per mu and 3.33 per kWh ahead
        BigDecimal gap = scored(scheme, pool, "S3").total().subtract(path.score());
        assertThat(perMu.increase())
                .isEqualByComparingTo(gap.divide(BigDecimal.valueOf(7), 2, java.math.RoundingMode.CEILING));
        assertThat(perMu.newScore().subtract(path.score()))
                .isEqualByComparingTo(perMu.increase().multiply(BigDecimal.valueOf(7)));
        assertThat(perMu.numeratorIncrease())
                .isEqualByComparingTo(perMu.increase().multiply(BigDecimal.TEN));
    }

    @Test
    void shouldStateSufficientAndTightIncreasesOnARandomPoolWithEveryKindOfBenchmark() {
        Random random = new Random(20250101);
        List<EnterpriseFacts> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pool.add(facts(
                    "R" + i,
                    5 + random.nextInt(60),
                    Map.of(
                            "tax", 10.0 + random.nextInt(900),
                            "valueAdded", 50.0 + random.nextInt(4000),
                            "energy", 10.0 + random.nextInt(2000),
                            "rdExpense", (double) random.nextInt(300),
                            "revenue", 500.0 + random.nextInt(20000))));
        }
        List<Scheme.WeightedIndicator> indicators =
                List.of(fixed("taxPerMu", 50, 8), average("valueAddedPerEnergy", 30, 1.5), fixed("rdRatio", 20, 2));

        assertSufficientAndTight(scheme(pool("规上", "ratio", indicators)), pool);
        assertSufficientAndTight(scheme(pool("规上", "minmax", indicators)), pool);
    }

    /**
     * For every enterprise with a next grade and every reachable indicator: the engine grades it at
     * the target with the stated increase and below the target with one grid step less.
     */
    private static void assertSufficientAndTight(Scheme scheme, List<EnterpriseFacts> pool) {
        int checked = 0;
        for (EnterpriseFacts f : pool) {
            Path path = path(scheme, pool, f.creditCode());
            if (path.status() != PathStatus.NEXT_GRADE) {
                continue;
            }
            for (Option option : path.options()) {
                if (!option.reachable()) {
                    continue;
                }
                BigDecimal step = BigDecimal.ONE.movePointLeft(option.scale());
                String what = f.creditCode() + " " + option.code();
                assertThat(gradeWithValue(scheme, pool, f.creditCode(), option.code(), option.targetValue())
                                .ordinal())
                        .as(what)
                        .isLessThanOrEqualTo(path.target().ordinal());
                assertThat(gradeWithValue(
                                        scheme,
                                        pool,
                                        f.creditCode(),
                                        option.code(),
                                        option.targetValue().subtract(step))
                                .ordinal())
                        .as(what + " one step less")
                        .isGreaterThan(path.target().ordinal());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    private static BigDecimal benchmark(Scheme scheme, List<EnterpriseFacts> pool, String code) {
        IndicatorScore score = scored(scheme, pool, code).indicators().get(0);
        return score.benchmark();
    }

    private static Path path(Scheme scheme, List<EnterpriseFacts> pool, String creditCode) {
        return NextGradeSearch.find(RUN, scheme, 2025, pool, Map.of(), creditCode)
                .orElseThrow();
    }
}
