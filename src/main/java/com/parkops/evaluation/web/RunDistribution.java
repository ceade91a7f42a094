package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns.GradeCount;
import com.parkops.evaluation.Grade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pool of a run: how many of its enterprises have each grade, A to T (in {@link Grade}'s
 * order), and the chart of it.
 */
record RunDistribution(int poolIndex, String pool, List<Integer> counts, int total, String chart) {

    /** Every pool of the run's scheme, a pool or grade without results counting 0. */
    static List<RunDistribution> of(EvaluationRun run, List<GradeCount> counts, ResultCharts charts) {
        List<RunDistribution> pools = new ArrayList<>();
        for (int index = 0; index < run.scheme().pools().size(); index++) {
            Integer[] perGrade = new Integer[Grade.values().length];
            Arrays.fill(perGrade, 0);
            for (GradeCount count : counts) {
                if (count.poolIndex() == index) {
                    perGrade[count.grade().ordinal()] += count.count();
                }
            }
            List<Integer> list = Arrays.asList(perGrade);
            int total = list.stream().mapToInt(Integer::intValue).sum();
            pools.add(new RunDistribution(
                    index, run.scheme().pools().get(index).name(), list, total, charts.distribution(list)));
        }
        return pools;
    }
}
