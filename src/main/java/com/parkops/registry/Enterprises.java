package com.parkops.registry;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Read access to the registry for other modules. Every call is scoped to one zone. */
public interface Enterprises {

    Optional<EnterpriseProfile> byCreditCode(UUID zoneId, String creditCode);

    Optional<EnterpriseProfile> byId(UUID zoneId, UUID id);

    /** Every enterprise of the zone, streamed in credit-code order (never all held at once). */
    void forEach(UUID zoneId, Consumer<EnterpriseProfile> action);

    /** Credit code → id for the whole zone, for resolving an import's rows. */
    Map<String, UUID> idsByCreditCode(UUID zoneId);

    /** The zone's leading chain (首位产业), if set. */
    Optional<String> leadingChain(UUID zoneId);
}
