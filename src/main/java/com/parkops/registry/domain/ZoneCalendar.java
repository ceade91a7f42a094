package com.parkops.registry.domain;

import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Today's date in a zone's own time zone (Asia/Shanghai unless the zone says otherwise). */
@Component
class ZoneCalendar {

    private static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private final Zones zones;
    private final Clock clock = Clock.systemUTC();

    ZoneCalendar(Zones zones) {
        this.zones = zones;
    }

    ZoneId timeZone(UUID zoneId) {
        return zones.find(zoneId).map(zone -> ZoneId.of(zone.timeZone())).orElse(DEFAULT);
    }

    LocalDate today(UUID zoneId) {
        return LocalDate.now(clock.withZone(timeZone(zoneId)));
    }

    YearMonth thisMonth(UUID zoneId) {
        return YearMonth.from(today(zoneId));
    }
}
