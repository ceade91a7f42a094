package com.parkops.appeals;

import java.time.LocalDate;
import java.util.List;

/**
 * The metrics of a zone's departments for the days {@code from} to {@code to} (inclusive, in the
 * zone's time zone), under the zone's definitions in force.
 *
 * @param departments every department of the zone (and any other the log names), by name
 * @param total the zone: every counted row, including merges of appeals never dispatched
 */
public record MetricsReport(
        LocalDate from,
        LocalDate to,
        MetricDefinitions definitions,
        List<DepartmentMetrics> departments,
        DepartmentMetrics total) {

    public boolean empty() {
        return total.counts().equals(MetricCounts.ZERO);
    }
}
