package com.parkops.appeals;

/**
 * The counts behind one row of the metrics, all for one period (dates in the zone's time zone).
 * See docs/appeals.md, "Metrics", for exactly which log rows each one counts.
 *
 * @param dispatched assignments to the department (派单, 改派 and approved returns to it)
 * @param due 应办结: {@code closed + overdue}
 * @param closed cases closed (办结; merges too when the zone counts them) while the department held them
 * @param closedOnTime closed cases none of whose replies was late
 * @param resolved closed cases whose final outcome is resolved
 * @param revisited revisits (回访) of the department's replies
 * @param satisfied revisits with a verdict that counts as satisfied
 * @param redispatched assignments taken away from the department (改派, approved returns)
 * @param overdue open cases whose department step (签收 or reply) was past its deadline at the period's end
 */
public record MetricCounts(
        int dispatched,
        int due,
        int closed,
        int closedOnTime,
        int resolved,
        int revisited,
        int satisfied,
        int redispatched,
        int overdue) {

    public static final MetricCounts ZERO = new MetricCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public MetricCounts plus(MetricCounts o) {
        return new MetricCounts(
                dispatched + o.dispatched,
                due + o.due,
                closed + o.closed,
                closedOnTime + o.closedOnTime,
                resolved + o.resolved,
                revisited + o.revisited,
                satisfied + o.satisfied,
                redispatched + o.redispatched,
                overdue + o.overdue);
    }
}
