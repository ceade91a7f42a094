package com.parkops.investment;

import java.util.UUID;

/** Reading and changing a zone's investment settings; every change is audited. */
public interface InvestmentSettingsService {

    InvestmentSettings settings(UUID zoneId);

    /**
     * Saves the zone's settings.
     *
     * @throws com.parkops.shared.InvalidInputException a value out of range
     * @throws com.parkops.shared.ConflictException {@code change.version()} is stale
     */
    InvestmentSettings update(UUID zoneId, String actor, InvestmentSettings change);
}
