package com.parkops.indicators.domain;

import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Today's date in a zone's own time zone, which reporting deadlines are counted in. */
@Component
class ZoneToday {

    private static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private final Zones zones;
    private final Clock clock = Clock.systemUTC();

    ZoneToday(Zones zones) {
        this.zones = zones;
    }

    LocalDate today(UUID zoneId) {
        ZoneId timeZone =
                zones.find(zoneId).map(zone -> ZoneId.of(zone.timeZone())).orElse(DEFAULT);
        return LocalDate.now(clock.withZone(timeZone));
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
