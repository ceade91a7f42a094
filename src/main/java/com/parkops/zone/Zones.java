package com.parkops.zone;

import java.time.LocalDate;
import java.time.ZoneId;
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

    /** The zone's time zone, {@code Asia/Shanghai} when the zone is unknown. */
    default ZoneId timeZone(UUID zoneId) {
        return find(zoneId).map(zone -> ZoneId.of(zone.timeZone())).orElse(ZoneId.of("Asia/Shanghai"));
    }

    /**
     * Today's date in the zone's own time zone, which its deadlines are counted in, on the
     * application's clock.
     */
    LocalDate today(UUID zoneId);
}
