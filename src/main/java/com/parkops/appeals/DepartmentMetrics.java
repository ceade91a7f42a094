package com.parkops.appeals;

import java.util.UUID;

/**
 * One row of the metrics: a department (or the zone total, with a null id), its counts and rates.
 */
public record DepartmentMetrics(UUID departmentId, String departmentName, MetricCounts counts, MetricRates rates) {}
