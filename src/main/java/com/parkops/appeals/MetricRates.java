package com.parkops.appeals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rates of one metrics row in percent, 2 decimals rounded half-up; null when the denominator
 * is 0.
 *
 * @param completion 办结率 = closed ÷ due
 * @param onTime 按期办结率 = closed on time ÷ closed
 * @param resolution 解决率 = resolved ÷ (due or closed, as configured)
 * @param satisfaction 满意率 = satisfied ÷ revisited
 * @param redispatch 重派率 = re-dispatched ÷ dispatched
 * @param settlement 化解率 = resolved ÷ (closed or due, as configured)
 */
public record MetricRates(
        BigDecimal completion,
        BigDecimal onTime,
        BigDecimal resolution,
        BigDecimal satisfaction,
        BigDecimal redispatch,
        BigDecimal settlement) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rates of the counts under the zone's definitions. */
    public static MetricRates of(MetricCounts c, MetricDefinitions d) {
        return new MetricRates(
                percent(c.closed(), c.due()),
                percent(c.closedOnTime(), c.closed()),
                percent(c.resolved(), base(c, d.resolutionBase())),
                percent(c.satisfied(), c.revisited()),
                percent(c.redispatched(), c.dispatched()),
                percent(c.resolved(), base(c, d.settlementBase())));
    }

    private static int base(MetricCounts c, MetricBase base) {
        return base == MetricBase.DUE ? c.due() : c.closed();
    }

    /** {@code part ÷ whole} in percent, 2 decimals half-up; null when {@code whole} is 0. */
    public static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
