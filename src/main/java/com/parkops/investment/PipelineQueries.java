package com.parkops.investment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading the zone's pipeline for staff pages, exports and the API. */
public interface PipelineQueries {

    /** A page of the projects matching the filter, by code. */
    ProjectPage search(UUID zoneId, ProjectFilter filter, int page, int size);

    /** Every project matching the filter, by code (for the export). */
    List<ProjectView> all(UUID zoneId, ProjectFilter filter);

    Optional<ProjectView> find(UUID zoneId, UUID projectId);

    /** The project's logged steps, oldest first. */
    List<ProjectEvent> events(UUID zoneId, UUID projectId);

    /** The chain names used by the zone's projects and the registry, for suggestions. */
    List<String> chains(UUID zoneId);
}
