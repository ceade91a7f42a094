package com.parkops.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's zone (or group) totals month by month for a year and the year before, on the
 * nominal basis: every enterprise that reported counts, whether or not it reported in the other
 * year. Each list runs from January to the last month of that year with any figure.
 *
 * @param current months of {@code year}
 * @param prior months of {@code year - 1}
 */
public record MonthlySeries(String indicator, int year, AnalysisScope scope, List<Month> current, List<Month> prior) {

    public MonthlySeries {
        current = List.copyOf(current);
        prior = List.copyOf(prior);
    }

    /**
     * One month's totals, half-up to 2 decimals.
     *
     * @param monthValue Σ of the month's own figures (for an AVERAGE indicator: the month's
     *     levels); null when no enterprise reported that month
     * @param ytdValue Σ over enterprises of the year-to-date value of their latest reported month ≤
     *     this month, as {@link IndicatorAnalysis#summary} counts {@code current}
     * @param enterprises how many enterprises reported this month
     */
    public record Month(int month, BigDecimal monthValue, BigDecimal ytdValue, long enterprises) {}
}
