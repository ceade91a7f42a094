package com.parkops.investment;

import java.util.List;
import java.util.UUID;

/** The zone's investment teams as far as the pipeline needs them: to choose a project's owner. */
public interface PipelineTeams {

    /** The zone's teams by name, active ones first. */
    List<Team> list(UUID zoneId);

    /** The team of this name, created (and audited) when the zone has none yet; returns its id. */
    UUID ensure(UUID zoneId, String actor, String name, String leaderName);
}
