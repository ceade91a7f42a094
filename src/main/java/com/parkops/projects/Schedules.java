package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Node schedules of signed projects. Statuses are computed for the zone's today with its warning
 * days. Completing a node after its planned date publishes {@link
 * com.parkops.shared.events.ProjectNodeSlipped}. Edits carry versions (stale → {@link
 * com.parkops.shared.ConflictException}); every write is audited.
 */
public interface Schedules {

    /** The zone's signed (and later) projects, each with its schedule's status if it has one. */
    List<ScheduleRow> list(UUID zoneId, ScheduleFilter filter);

    Optional<Schedule> find(UUID zoneId, UUID projectId);

    /**
     * Applies a template with the plan dates to a signed project without a schedule (else 409).
     * A null date in {@code plan} is taken from the project, or from the configured defaults.
     */
    Schedule apply(ZoneUser user, UUID projectId, UUID templateId, PlanDates plan);

    /** Applies the zone's default template on the project's own dates, unless it already has a schedule. */
    Optional<Schedule> applyDefault(UUID zoneId, UUID projectId, String actor);

    /** New plan dates: planned dates of open nodes not moved by hand are computed again. */
    Schedule replan(ZoneUser user, UUID projectId, PlanDates plan, int version);

    Schedule assign(ZoneUser user, UUID projectId, Responsibility responsibility);

    /** Sets (or clears, with a null date) the node's actual date and note. */
    ScheduleNode complete(ZoneUser user, UUID projectId, UUID nodeId, NodeUpdate update);

    /** Moves the node's planned date; a reason is required. */
    ScheduleNode movePlan(ZoneUser user, UUID projectId, UUID nodeId, NodeUpdate update);

    List<Evidence> addEvidence(ZoneUser user, UUID projectId, UUID nodeId, List<Upload> files);

    List<Evidence> evidence(UUID zoneId, UUID projectId, UUID nodeId);

    Optional<EvidenceFile> evidenceFile(UUID zoneId, UUID projectId, UUID evidenceId);
}
