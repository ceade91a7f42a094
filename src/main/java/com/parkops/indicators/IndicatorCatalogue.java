package com.parkops.indicators;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The indicator catalogue of a zone: the installation's definitions, overridden by the zone's own
 * versions from their effective month on.
 */
public interface IndicatorCatalogue {

    /** The definitions in force in the given month, in catalogue order. */
    List<IndicatorDefinition> asOf(UUID zoneId, YearMonth period);

    /** The definitions in force now (the latest version of each code). */
    List<IndicatorDefinition> current(UUID zoneId);

    /** Every version of one indicator, oldest first; empty when the code is unknown. */
    List<IndicatorDefinition> versions(UUID zoneId, String code);

    /**
     * Records the zone's own version of a definition, in force from {@code effectiveFrom} on (a
     * new code joins the catalogue; the same code and month replaces the zone's earlier text).
     * Audited with the differences from the version it supersedes.
     *
     * @throws IllegalArgumentException when the code, names or unit are missing or malformed
     */
    IndicatorDefinition define(UUID zoneId, String actor, IndicatorDefinition definition);

    /** The current definition whose code (any case) or Chinese name is the given text. */
    Optional<IndicatorDefinition> resolve(UUID zoneId, String codeOrName);
}
