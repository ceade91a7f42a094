package com.parkops.evaluation.domain;

import static com.parkops.evaluation.domain.CraftedPools.average;
import static com.parkops.evaluation.domain.CraftedPools.facts;
import static com.parkops.evaluation.domain.CraftedPools.fixed;
import static com.parkops.evaluation.domain.CraftedPools.pool;
import static com.parkops.evaluation.domain.CraftedPools.scheme;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.EvaluationPaths.Option;
import com.parkops.evaluation.EvaluationPaths.Path;
import com.parkops.evaluation.EvaluationPaths.PathStatus;
import com.parkops.evaluation.Scheme;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The cost of the path search on a pool of 3,000: how many times it scores a candidate. Each
 * scoring of an indicator whose benchmark is k × the pool average (or min–max) runs the engine over
 * the whole pool, so the count is what keeps a page fast; the CPU time is printed for the record.
 */
class NextGradeSearchCostTests {

    private static final int POOL = 3000;

    @Test
    void shouldFindEachIndicatorsAnswerInAFewScoringsOnAPoolOfThreeThousand() {
        Random random = new Random(7);
        List<EnterpriseFacts> enterprises = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            enterprises.add(facts(
                    "R" + i,
                    5 + random.nextInt(60),
                    Map.of(
                            "tax", 10.0 + random.nextInt(900),
                            "revenue", 500.0 + random.nextInt(20000),
                            "valueAdded", 50.0 + random.nextInt(4000),
                            "energy", 10.0 + random.nextInt(2000),
                            "rdExpense", (double) random.nextInt(300),
                            "employees", 10.0 + random.nextInt(500))));
        }
        List<Scheme.WeightedIndicator> averages = List.of(
                average("taxPerMu", 45, 1.5),
                average("revenuePerMu", 20, 1.5),
                average("valueAddedPerEnergy", 15, 1.5),
                average("rdRatio", 15, 1.5),
                average("laborProductivity", 5, 1.5));
        List<Scheme.WeightedIndicator> fixed = List.of(
                fixed("taxPerMu", 45, 10),
                fixed("revenuePerMu", 20, 200),
                fixed("valueAddedPerEnergy", 15, 3),
                fixed("rdRatio", 15, 2),
                fixed("laborProductivity", 5, 15));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Scheme scheme : List.of(
                scheme(pool("规上", "ratio", fixed)),
                scheme(pool("规上", "minmax", fixed)),
                scheme(pool("规上", "ratio", averages)))) {
            long started = threads.getCurrentThreadCpuTime();
            Scoring.score(scheme, 2025, enterprises, Map.of());
            long scored = threads.getCurrentThreadCpuTime();
            int paths = 0;
            int scorings = 0;
            int reachable = 0;
            for (int i = 0; i < POOL && paths < 5; i += 97) {
                Path path = NextGradeSearch.find(UUID.randomUUID(), scheme, 2025, enterprises, Map.of(), "R" + i)
                        .orElseThrow();
                if (path.status() != PathStatus.NEXT_GRADE) {
                    continue;
                }
                paths++;
                scorings += path.scorings();
                reachable +=
                        (int) path.options().stream().filter(Option::reachable).count();
                // the baseline, then per indicator the far end and a handful of secant or bisection steps
                assertThat(path.scorings()).isLessThanOrEqualTo(1 + 5 * 24);
            }
            long done = threads.getCurrentThreadCpuTime();
            assertThat(paths).isEqualTo(5);
            assertThat(reachable).isPositive();
            System.out.printf(
                    "path cost, %s %s, pool %d: whole pool scored once %.0f ms CPU; 5 paths %.0f ms CPU, %d scorings%n",
                    scheme.pools().get(0).method(),
                    scheme.pools().get(0).indicators().get(0).benchmark().fixed() == null ? "k × average" : "fixed",
                    POOL,
                    (scored - started) / 1e6,
                    (done - scored) / 1e6,
                    scorings);
        }
    }
}
