package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.EvaluationPaths.Option;
import com.parkops.evaluation.EvaluationPaths.Path;
import com.parkops.evaluation.EvaluationPaths.PathStatus;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The path to the next grade as a pure function of a run's scheme, year, stored inputs and
 * decisions: the enterprise's pool is scored as the run scores it, then each indicator is searched
 * on its own ({@link IndicatorSearch}, {@link IndicatorProbe}); only the pool is ever scored.
 */
final class NextGradeSearch {

    private NextGradeSearch() {}

    /** The path of the enterprise with that credit code; empty when the run does not cover it. */
    static Optional<Path> find(
            UUID runId,
            Scheme scheme,
            int year,
            List<EnterpriseFacts> facts,
            Map<UUID, Actions> actions,
            String creditCode) {
        EnterpriseFacts target = facts.stream()
                .filter(f -> f.creditCode().equals(creditCode))
                .findFirst()
                .orElse(null);
        if (target == null) {
            return Optional.empty();
        }
        Set<UUID> taken = new HashSet<>();
        for (Scheme.Pool pool : scheme.pools()) {
            List<EnterpriseFacts> members = new ArrayList<>();
            for (EnterpriseFacts f : facts) {
                if (!taken.contains(f.enterpriseId()) && Scoring.covers(pool, f)) {
                    members.add(f);
                    taken.add(f.enterpriseId());
                }
            }
            if (taken.contains(target.enterpriseId())) {
                return Optional.of(inPool(runId, scheme, pool, year, members, actions, target.enterpriseId()));
            }
        }
        return Optional.empty();
    }

    private static Path inPool(
            UUID runId,
            Scheme scheme,
            Scheme.Pool pool,
            int year,
            List<EnterpriseFacts> members,
            Map<UUID, Actions> actions,
            UUID target) {
        Scheme poolScheme = new Scheme(scheme.name(), List.of(pool), scheme.exemptions(), scheme.vetoItems());
        List<Scored> baseline = Scoring.score(poolScheme, year, members, actions);
        Scored me = baseline.stream()
                .filter(s -> s.facts().enterpriseId().equals(target))
                .findFirst()
                .orElseThrow();
        Grade grade = me.computedGrade();
        PathStatus status = grade == Grade.T
                ? PathStatus.NOT_GRADED
                : grade == Grade.A ? PathStatus.ALREADY_TOP : PathStatus.NEXT_GRADE;
        List<Option> options = new ArrayList<>();
        int scorings = 1;
        if (status == PathStatus.NEXT_GRADE) {
            for (int index = 0; index < pool.indicators().size(); index++) {
                IndicatorProbe probe =
                        new IndicatorProbe(scheme, pool, index, year, members, baseline, target, grade.up());
                EvaluationIndicator indicator = probe.indicator();
                options.add(IndicatorSearch.search(
                        probe,
                        grade.up(),
                        me.indicators().get(index),
                        me.facts().figures().get(indicator.numerator()),
                        hasDenominator(indicator, me.facts()),
                        best(baseline, index)));
                scorings += probe.scorings();
            }
            options = markEasiest(options);
        }
        return new Path(
                runId,
                year,
                me.facts().creditCode(),
                me.facts().name(),
                pool.name(),
                status,
                grade,
                me.grade(),
                status == PathStatus.NEXT_GRADE ? grade.up() : null,
                me.total(),
                me.rank(),
                me.graded(),
                me.actions().vetoCode() != null,
                options,
                scorings);
    }

    private static boolean hasDenominator(EvaluationIndicator indicator, EnterpriseFacts facts) {
        BigDecimal denominator = indicator.denominator().equals(EvaluationIndicator.LAND_MU)
                ? facts.landMu()
                : facts.figures().get(indicator.denominator());
        return denominator != null && denominator.signum() != 0;
    }

    /** The pool's best value of the indicator among graded enterprises, or null when none has one. */
    private static BigDecimal best(List<Scored> baseline, int index) {
        BigDecimal best = null;
        for (Scored scored : baseline) {
            BigDecimal value = scored.exemptReason() == null
                    ? scored.indicators().get(index).value()
                    : null;
            if (value != null && (best == null || value.compareTo(best) > 0)) {
                best = value;
            }
        }
        return best;
    }

    /** Marks the reachable option with the smallest percent increase (the first of equals). */
    private static List<Option> markEasiest(List<Option> options) {
        Option easiest = null;
        for (Option option : options) {
            if (option.reachable()
                    && option.percent() != null
                    && (easiest == null || option.percent().compareTo(easiest.percent()) < 0)) {
                easiest = option;
            }
        }
        List<Option> marked = new ArrayList<>();
        for (Option option : options) {
            marked.add(
                    option == easiest
                            ? new Option(
                                    option.code(),
                                    option.numerator(),
                                    option.scale(),
                                    option.value(),
                                    option.increase(),
                                    option.numeratorValue(),
                                    option.numeratorIncrease(),
                                    option.percent(),
                                    option.newRank(),
                                    option.newScore(),
                                    null,
                                    true)
                            : option);
        }
        return marked;
    }
}
