package com.parkops.investment.domain;

import com.parkops.investment.ContestLeague.ContestWeights;
import com.parkops.investment.ContestLeague.Criterion;
import com.parkops.investment.ContestLeague.Standing;
import com.parkops.investment.TeamRoster.TeamTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Scores and ranks the teams (pure, no Spring). A criterion scores weight × value ÷ the best
 * team's value of that criterion (0 for every team when the best is 0), so the leader of each
 * criterion takes its full weight; the total is the sum. Targets do not enter the score: they are
 * shown as the percentage reached, prorated to the period.
 */
final class ContestScoring {

    private static final int WORKING_SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What one team achieved in the period, and its yearly target (null when none). */
    record Achieved(
            UUID teamId, String teamName, BigDecimal signed, BigDecimal started, BigDecimal funds, TeamTarget target) {}

    private ContestScoring() {}

    static List<Standing> rank(List<Achieved> teams, ContestWeights weights, int periodsPerYear) {
        BigDecimal bestSigned = best(teams.stream().map(Achieved::signed).toList());
        BigDecimal bestStarted = best(teams.stream().map(Achieved::started).toList());
        BigDecimal bestFunds = best(teams.stream().map(Achieved::funds).toList());
        record Scored(Achieved team, BigDecimal[] scores, BigDecimal total) {}
        List<Scored> scored = new ArrayList<>();
        for (Achieved team : teams) {
            BigDecimal[] scores = {
                score(team.signed(), bestSigned, weights.signed()),
                score(team.started(), bestStarted, weights.started()),
                score(team.funds(), bestFunds, weights.funds())
            };
            scored.add(new Scored(team, scores, scores[0].add(scores[1]).add(scores[2])));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.total().setScale(6, RoundingMode.HALF_UP))
                .reversed()
                .thenComparing(s -> s.team().teamName()));
        List<Standing> standings = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            BigDecimal total = s.total().setScale(6, RoundingMode.HALF_UP);
            if (previous == null || total.compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = total;
            TeamTarget target = s.team().target();
            standings.add(new Standing(
                    s.team().teamId(),
                    s.team().teamName(),
                    criterion(
                            s.team().signed(),
                            target == null ? null : target.signedAmount(),
                            periodsPerYear,
                            s.scores()[0]),
                    criterion(
                            s.team().started(),
                            target == null || target.projectsStarted() == null
                                    ? null
                                    : BigDecimal.valueOf(target.projectsStarted()),
                            periodsPerYear,
                            s.scores()[1]),
                    criterion(
                            s.team().funds(),
                            target == null ? null : target.fundsInPlace(),
                            periodsPerYear,
                            s.scores()[2]),
                    s.total().setScale(2, RoundingMode.HALF_UP),
                    rank));
        }
        return standings;
    }

    private static BigDecimal best(List<BigDecimal> values) {
        return values.stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    private static BigDecimal score(BigDecimal value, BigDecimal best, int weight) {
        if (best.signum() <= 0 || value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(weight).multiply(value).divide(best, WORKING_SCALE, RoundingMode.HALF_UP);
    }

    private static Criterion criterion(BigDecimal value, BigDecimal yearly, int periodsPerYear, BigDecimal score) {
        BigDecimal target =
                yearly == null ? null : yearly.divide(BigDecimal.valueOf(periodsPerYear), 2, RoundingMode.HALF_UP);
        BigDecimal percent = target == null || target.signum() <= 0
                ? null
                : value.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
        return new Criterion(value, target, percent, score.setScale(2, RoundingMode.HALF_UP));
    }
}
