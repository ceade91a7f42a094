package com.parkops.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The shipped presets and the zone's own stored schemes, versioned by year. */
public interface EvaluationSchemes {

    /** A shipped preset (临海 2014, 经开区, 淮安 2024), by its key such as {@code linhai-2014}. */
    record Preset(String key, Scheme scheme) {}

    /** A zone's scheme for one year; {@code basedOn} names the preset or scheme it was copied from. */
    record StoredScheme(
            UUID id,
            int year,
            String name,
            Scheme scheme,
            String basedOn,
            int version,
            String createdBy,
            Instant updatedAt) {}

    List<Preset> presets();

    Optional<Preset> preset(String key);

    /**
     * The scheme with every default filled in, or {@link com.parkops.shared.InvalidInputException}
     * listing every problem (field paths such as {@code pools[0].indicators[1].weight}).
     */
    Scheme validate(Scheme scheme);

    /** The zone's schemes, newest year first. */
    List<StoredScheme> list(UUID zoneId);

    Optional<StoredScheme> find(UUID zoneId, UUID id);

    /** Stores a new scheme (validated; audited); a year and name already used → conflict. */
    StoredScheme create(UUID zoneId, String actor, int year, String name, Scheme scheme, String basedOn);

    /** Replaces a stored scheme (validated; audited); a stale {@code version} → conflict. */
    StoredScheme update(UUID zoneId, String actor, UUID id, int version, int year, String name, Scheme scheme);

    /** Deletes a stored scheme (runs keep their own copy); audited. */
    void delete(UUID zoneId, String actor, UUID id);
}
