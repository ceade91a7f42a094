package com.parkops.evaluation.domain;

import static com.parkops.evaluation.domain.CraftedPools.facts;
import static com.parkops.evaluation.domain.CraftedPools.fixed;
import static com.parkops.evaluation.domain.CraftedPools.pool;
import static com.parkops.evaluation.domain.CraftedPools.scheme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.parkops.evaluation.EvaluationWhatIf.Mover;
import com.parkops.evaluation.EvaluationWhatIf.PoolComparison;
import com.parkops.evaluation.EvaluationWhatIf.Transition;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grade transition matrix and the movers of two scorings of the same enterprises. */
class GradeTransitionsTests {

    /** Ten enterprises on 1 mu, 亩均税收 10, 9, …, 1: ranks 1..10. */
    private final List<EnterpriseFacts> ten = tenEnterprises();

    private final Scheme base = scheme(pool("规上", "ratio", List.of(fixed("taxPerMu", 100, 10))));

    @Test
    void shouldPutEveryEnterpriseOnTheDiagonalWhenTheSchemesAreTheSame() {
        GradeTransitions.Result result = compare(base, base);

        PoolComparison pool = result.pools().get(0);
        assertThat(result.movers()).isEmpty();
        assertThat(pool.moved()).isZero();
        assertThat(pool.enterprises()).isEqualTo(10);
        assertThat(pool.transitions()).allMatch(t -> t.from() == t.to());
        assertThat(pool.count(Grade.A, Grade.A)).isEqualTo(2);
        assertThat(pool.count(Grade.B, Grade.B)).isEqualTo(4);
        assertThat(pool.count(Grade.C, Grade.C)).isEqualTo(3);
        assertThat(pool.count(Grade.D, Grade.D)).isEqualTo(1);
        assertThat(pool.totalsA()).isEqualTo(pool.totalsB());
    }

    @Test
    void shouldMoveExactlyTheRanksThatNewCutOffsMove() {
        // 20/40/35/5 → 30/40/25/5: rank 3 B → A, rank 7 C → B
        Scheme cutOffs = withGrades(base, Map.of("A", 30, "B", 40, "C", 25, "D", 5));

        GradeTransitions.Result result = compare(base, cutOffs);

        PoolComparison pool = result.pools().get(0);
        assertThat(pool.transitions())
                .extracting(Transition::from, Transition::to, Transition::count)
                .containsExactly(
                        tuple(Grade.A, Grade.A, 2),
                        tuple(Grade.B, Grade.A, 1),
                        tuple(Grade.B, Grade.B, 3),
                        tuple(Grade.C, Grade.B, 1),
                        tuple(Grade.C, Grade.C, 2),
                        tuple(Grade.D, Grade.D, 1));
        assertThat(pool.totalsA())
                .containsEntry(Grade.A, 2)
                .containsEntry(Grade.B, 4)
                .containsEntry(Grade.C, 3);
        assertThat(pool.totalsB())
                .containsEntry(Grade.A, 3)
                .containsEntry(Grade.B, 4)
                .containsEntry(Grade.C, 2);
        assertThat(result.movers())
                .extracting(Mover::creditCode, Mover::gradeA, Mover::gradeB, Mover::rankA, Mover::movement)
                .containsExactly(tuple("E3", Grade.B, Grade.A, 3, 1), tuple("E7", Grade.C, Grade.B, 7, 1));
    }

    @Test
    void shouldOrderMoversByPoolThenBiggestMoveUpFirstAndCountEnterprisesAnotherSchemeLeavesOut() {
        // B weighs value added per energy only: E10 (worst on tax, best on energy) climbs D → A
        List<EnterpriseFacts> enterprises = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            enterprises.add(facts("E" + (i + 1), 1, Map.of("tax", 10.0 - i, "valueAdded", 1.0 + i, "energy", 1.0)));
        }
        enterprises.add(facts("SMALL", 0.5, Map.of("tax", 1.0, "valueAdded", 1.0, "energy", 1.0)));
        Scheme energy = scheme(new Scheme.Pool(
                "规上",
                "above",
                BigDecimal.ONE,
                "ratio",
                BigDecimal.valueOf(2),
                "zero",
                List.of(fixed("valueAddedPerEnergy", 100, 10)),
                CraftedPools.SPLIT,
                List.of(),
                List.of()));

        GradeTransitions.Result result = GradeTransitions.compare(
                enterprises,
                Scoring.score(base, 2025, enterprises, Map.of()),
                Scoring.score(energy, 2025, enterprises, Map.of()));

        List<Mover> movers = result.movers();
        assertThat(movers.get(0).creditCode()).isEqualTo("E10");
        assertThat(movers.get(0).movement()).isEqualTo(3);
        for (int i = 1; i < movers.size(); i++) {
            assertThat(movers.get(i).movement())
                    .isLessThanOrEqualTo(movers.get(i - 1).movement());
        }
        assertThat(movers).extracting(Mover::creditCode).contains("SMALL");
        Mover small = movers.stream()
                .filter(m -> m.creditCode().equals("SMALL"))
                .findFirst()
                .orElseThrow();
        assertThat(small.gradeB()).isNull();
        assertThat(small.movement()).isZero();
        PoolComparison pool = result.pools().get(0);
        assertThat(pool.uncovered(false)).isEqualTo(1);
        assertThat(pool.grades()).endsWith((Grade) null);
        assertThat(result.enterprises()).isEqualTo(11);
    }

    private GradeTransitions.Result compare(Scheme a, Scheme b) {
        return GradeTransitions.compare(
                ten, Scoring.score(a, 2025, ten, Map.of()), Scoring.score(b, 2025, ten, Map.of()));
    }

    private static Scheme withGrades(Scheme scheme, Map<String, Integer> split) {
        Scheme.Pool p = scheme.pools().get(0);
        Map<String, BigDecimal> grades = new java.util.LinkedHashMap<>();
        split.forEach((k, v) -> grades.put(k, BigDecimal.valueOf(v)));
        return scheme(new Scheme.Pool(
                p.name(),
                p.scale(),
                p.minMu(),
                p.method(),
                p.capMultiple(),
                p.zeroDenominator(),
                p.indicators(),
                grades,
                p.bonusItems(),
                p.penaltyItems()));
    }

    private static List<EnterpriseFacts> tenEnterprises() {
        List<EnterpriseFacts> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(facts("E" + (i + 1), 1, Map.of("tax", 10.0 - i)));
        }
        return list;
    }
}
