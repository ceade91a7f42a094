package com.parkops.zone;

import com.parkops.shared.WorkdayCalendar;
import java.util.UUID;

/**
 * Each zone's holiday calendar (official holidays and adjusted working weekends, editable per
 * year), from which working-day deadlines are counted in the zone's time zone.
 */
public interface WorkCalendars {

    /** The zone's working days, over every year it has configured. */
    WorkdayCalendar of(UUID zoneId);
}
