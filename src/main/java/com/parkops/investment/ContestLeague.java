package com.parkops.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The 三比三促 contest: the active teams ranked for a period on signed amount, projects started and
 * funds in place, each scored as weight × value ÷ the best team's value (docs/investment.md).
 */
public interface ContestLeague {

    int DEFAULT_WEIGHT_SIGNED = 40;
    int DEFAULT_WEIGHT_STARTED = 30;
    int DEFAULT_WEIGHT_FUNDS = 30;

    /** The audit entity type of the weights. */
    String ENTITY = "investment-contest-settings";

    /** The weights in percent (summing to 100) and their version (0 = defaults). */
    record ContestWeights(int signed, int started, int funds, int version) {}

    /**
     * A period: a year, or one quarter (1–4) or one month (1–12) of it; at most one of the two.
     * Yearly targets are prorated: a quarter gets a quarter of them, a month a twelfth.
     */
    record ContestPeriod(int year, Integer quarter, Integer month) {

        public LocalDate from() {
            if (quarter != null) {
                return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
            }
            return LocalDate.of(year, month == null ? 1 : month, 1);
        }

        /** The first day after the period. */
        public LocalDate until() {
            return quarter != null ? from().plusMonths(3) : month != null ? from().plusMonths(1) : from().plusYears(1);
        }

        /** How many such periods make a year: 1, 4 or 12. */
        public int perYear() {
            return quarter != null ? 4 : month != null ? 12 : 1;
        }
    }

    /** One criterion of one team: value, the prorated target, % of target and the score. */
    record Criterion(BigDecimal value, BigDecimal target, BigDecimal targetPercent, BigDecimal score) {}

    /** One team's line; rank 1 is best and equal scores share the better rank. */
    record Standing(
            UUID teamId,
            String teamName,
            Criterion signedAmount,
            Criterion projectsStarted,
            Criterion fundsInPlace,
            BigDecimal score,
            int rank) {}

    /** The league table, best first. */
    record ContestTable(ContestPeriod period, ContestWeights weights, List<Standing> standings) {}

    ContestTable table(UUID zoneId, ContestPeriod period);

    ContestWeights weights(UUID zoneId);

    /**
     * Sets the weights.
     *
     * @throws com.parkops.shared.InvalidInputException when one is missing, negative or they do
     *     not sum to 100
     * @throws com.parkops.shared.ConflictException when {@code version} is given and stale
     */
    ContestWeights updateWeights(
            UUID zoneId, String actor, Integer signed, Integer started, Integer funds, Integer version);
}
