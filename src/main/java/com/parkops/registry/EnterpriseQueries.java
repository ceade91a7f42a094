package com.parkops.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The registry as its pages and API read it: full enterprise records, lists with filters, and
 * the facts kept beside an enterprise. Every call is scoped to one zone; hiding enterprises from
 * an enterprise user is the caller's job ({@link EnterpriseFilter#restrictedTo}).
 */
public interface EnterpriseQueries {

    /** A page of the enterprises matching the filter, by name; {@code page} counts from 0. */
    EnterprisePage search(UUID zoneId, EnterpriseFilter filter, int page, int size);

    /** Every matching enterprise by name, streamed (for exports). */
    void forEachMatching(UUID zoneId, EnterpriseFilter filter, Consumer<Enterprise> action);

    Optional<Enterprise> find(UUID zoneId, String creditCode);

    Optional<Enterprise> findById(UUID zoneId, UUID id);

    List<LandParcel> parcels(UUID zoneId, UUID enterpriseId);

    /** Patent counts, newest year first. */
    List<PatentCount> patents(UUID zoneId, UUID enterpriseId);

    /** The 入规 history, oldest first. */
    List<ScaleEvent> scaleEvents(UUID zoneId, UUID enterpriseId);

    /** The zone's industry chain names, alphabetically. */
    List<String> chains(UUID zoneId);

    /** The zone's registry settings, or the defaults when never set. */
    RegistrySettings settings(UUID zoneId);
}
