package com.parkops.zone.domain;

import com.parkops.shared.WorkdayCalendar;
import com.parkops.zone.WorkCalendars;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a zone's calendar: its own days for the years it has edited, the installation defaults
 * (nil zone) for every other year.
 */
@Service
class JdbcWorkCalendars implements WorkCalendars {

    static final UUID DEFAULTS = new UUID(0, 0);

    private final JdbcClient jdbc;

    JdbcWorkCalendars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public WorkdayCalendar of(UUID zoneId) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workingWeekends = new HashSet<>();
        jdbc.sql("""
                select day, kind from zone.calendar_day where zone_id = :zone
                union all
                select d.day, d.kind from zone.calendar_day d
                where d.zone_id = :defaults
                  and extract(year from d.day)::int not in
                      (select y.year from zone.calendar_year y where y.zone_id = :zone)
                """).param("zone", zoneId).param("defaults", DEFAULTS).query(rs -> {
            LocalDate day = rs.getDate("day").toLocalDate();
            if ("HOLIDAY".equals(rs.getString("kind"))) {
                holidays.add(day);
            } else {
                workingWeekends.add(day);
            }
        });
        return new WorkdayCalendar(holidays, workingWeekends);
    }
}
