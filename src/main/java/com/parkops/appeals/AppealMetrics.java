package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.time.LocalDate;
import java.util.List;

/**
 * Handling metrics per department and period, computed from the handling log (docs/appeals.md,
 * "Metrics"), and the overdue list. Metrics are open to administrators, leaders and every staff
 * member (all departments: they are the zone's published figures); others get {@link
 * org.springframework.security.access.AccessDeniedException}.
 */
public interface AppealMetrics {

    /**
     * The metrics for the days {@code from}..{@code to} inclusive (zone time). {@code to} before
     * {@code from}, or a span over 5 years → {@link com.parkops.shared.InvalidInputException}.
     */
    MetricsReport report(ZoneUser user, LocalDate from, LocalDate to);

    /** Open appeals in the caller's data scope past their current deadline, the most overdue first. */
    List<OverdueAppeal> overdue(ZoneUser user);

    /** The zone's metric definitions in force. */
    MetricDefinitions definitions(ZoneUser user);

    /**
     * Saves the zone's choices (administrators); {@code satisfied} is ignored (it belongs to the
     * appeal settings). A stale {@code version} → {@link com.parkops.shared.ConflictException};
     * audited.
     */
    MetricDefinitions saveDefinitions(ZoneUser admin, MetricDefinitions definitions);
}
