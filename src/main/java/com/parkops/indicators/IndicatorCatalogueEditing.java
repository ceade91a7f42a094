package com.parkops.indicators;

import java.util.UUID;

/** Changes to a zone's indicator catalogue; every change is audited. */
public interface IndicatorCatalogueEditing {

    /**
     * Adds a version of an existing indicator's definition for the zone.
     *
     * @return the version as stored
     * @throws com.parkops.shared.InvalidInputException when a field is missing or too long, the
     *     code is unknown, or the zone already has a version from that month
     */
    IndicatorDefinition addVersion(UUID zoneId, String actor, DefinitionChange change);
}
