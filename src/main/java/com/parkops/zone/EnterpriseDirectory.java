package com.parkops.zone;

import java.util.Optional;
import java.util.UUID;

/**
 * Looks up enterprises for binding enterprise users, without this module depending on the
 * registry: the registry implements it.
 */
public interface EnterpriseDirectory {

    /** A registered enterprise, as this module needs to know it. */
    record EnterpriseRef(UUID id, String creditCode, String name) {}

    Optional<EnterpriseRef> byCreditCode(UUID zoneId, String creditCode);

    Optional<EnterpriseRef> byId(UUID zoneId, UUID id);
}
