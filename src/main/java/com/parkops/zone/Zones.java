package com.parkops.zone;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The zones (tenants) of this installation. */
public interface Zones {

    /** A zone. {@code timeZone} is an IANA id, {@code Asia/Shanghai} by default. */
    record Zone(UUID id, String code, String name, String timeZone) {}

    Zone create(String code, String name, String actor);

    Optional<Zone> find(UUID id);

    List<Zone> all();
}
