package com.parkops.investment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading a zone's investment projects, for the modules that build on them. */
public interface InvestmentProjects {

    /** One project of the zone. */
    Optional<ProjectInfo> find(UUID zoneId, UUID projectId);

    /** The zone's projects that have reached at least the given stage, by code. */
    List<ProjectInfo> reached(UUID zoneId, Stage stage);
}
