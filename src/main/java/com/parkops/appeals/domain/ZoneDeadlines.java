package com.parkops.appeals.domain;

import com.parkops.appeals.AppealSettings;
import com.parkops.zone.WorkCalendars;
import com.parkops.zone.Zones;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The deadline arithmetic of a zone: its holiday calendar, its time zone, its settings. */
@Component
class ZoneDeadlines {

    private final WorkCalendars calendars;
    private final Zones zones;

    ZoneDeadlines(WorkCalendars calendars, Zones zones) {
        this.calendars = calendars;
        this.zones = zones;
    }

    Deadlines of(UUID zoneId, AppealSettings settings) {
        return new Deadlines(calendars.of(zoneId), zones.timeZone(zoneId), settings);
    }
}
