package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.HolidayCalendarChanged;
import com.parkops.zone.HolidayCalendars;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a zone's holiday calendar per year. The first edit of a year claims it: a {@code
 * zone.calendar_year} row is written and the zone's days of that year are stored in full (the
 * defaults it started from, with the edit applied), so the defaults no longer apply to that year.
 * Every edit that changes the zone's days publishes {@link HolidayCalendarChanged}.
 */
@Service
class JdbcHolidayCalendars implements HolidayCalendars {

    private record Claim(int version, String updatedBy, Timestamp updatedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ZoneTexts texts;
    private final ApplicationEventPublisher events;

    JdbcHolidayCalendars(JdbcClient jdbc, AuditLog audit, ZoneTexts texts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    @Override
    public Year year(UUID zoneId, int year) {
        Optional<Claim> claim = claim(zoneId, year);
        UUID owner = claim.isPresent() ? zoneId : JdbcWorkCalendars.DEFAULTS;
        List<Day> holidays = new ArrayList<>();
        List<Day> workingWeekends = new ArrayList<>();
        jdbc.sql("""
                select day, kind, name from zone.calendar_day
                where zone_id = :owner and day between :first and :last
                order by day
                """)
                .param("owner", owner)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    Day day = new Day(rs.getDate("day").toLocalDate(), rs.getString("name"));
                    (Kind.HOLIDAY.name().equals(rs.getString("kind")) ? holidays : workingWeekends).add(day);
                });
        return new Year(
                year,
                holidays,
                workingWeekends,
                claim.isPresent(),
                claim.map(Claim::version).orElse(null),
                claim.map(Claim::updatedBy).orElse(null),
                claim.map(c -> c.updatedAt().toInstant()).orElse(null));
    }

    @Override
    @Transactional
    public Year replace(
            UUID zoneId, int year, List<Day> holidays, List<Day> workingWeekends, Integer version, String actor) {
        texts.refuse("calendar.error.invalid", CalendarRules.check(year, holidays, workingWeekends));
        return store(zoneId, year, stripped(holidays), stripped(workingWeekends), version, actor);
    }

    @Override
    @Transactional
    public Year add(UUID zoneId, int year, Kind kind, Day day, Integer version, String actor) {
        texts.refuse("calendar.error.invalid", CalendarRules.checkYear(year));
        Year current = year(zoneId, year);
        Set<LocalDate> listed = new HashSet<>();
        current.holidays().forEach(d -> listed.add(d.day()));
        current.workingWeekends().forEach(d -> listed.add(d.day()));
        texts.refuse("calendar.error.invalid", CalendarRules.checkNew(year, kind, day, listed));
        List<Day> holidays = new ArrayList<>(current.holidays());
        List<Day> workingWeekends = new ArrayList<>(current.workingWeekends());
        (kind == Kind.HOLIDAY ? holidays : workingWeekends)
                .add(new Day(day.day(), day.name().strip()));
        return store(zoneId, year, holidays, workingWeekends, version, actor);
    }

    @Override
    @Transactional
    public Year remove(UUID zoneId, int year, LocalDate day, Integer version, String actor) {
        Year current = year(zoneId, year);
        List<Day> holidays = without(current.holidays(), day);
        List<Day> workingWeekends = without(current.workingWeekends(), day);
        if (holidays.size() == current.holidays().size()
                && workingWeekends.size() == current.workingWeekends().size()) {
            return current;
        }
        return store(zoneId, year, holidays, workingWeekends, version, actor);
    }

    @Override
    @Transactional
    public Year reset(UUID zoneId, int year, Integer version, String actor) {
        Year before = year(zoneId, year);
        if (!before.zoneOwned()) {
            return before;
        }
        if (version == null
                || jdbc.sql(
                                        "delete from zone.calendar_year where zone_id = :zone and year = :year and version = :version")
                                .param("zone", zoneId)
                                .param("year", year)
                                .param("version", version)
                                .update()
                        == 0) {
            throw stale(year, version);
        }
        deleteDays(zoneId, year);
        Year after = year(zoneId, year);
        record(zoneId, actor, "reset", before, after);
        events.publishEvent(new HolidayCalendarChanged(zoneId, year, actor));
        return after;
    }

    private Year store(
            UUID zoneId, int year, List<Day> holidays, List<Day> workingWeekends, Integer version, String actor) {
        Year before = year(zoneId, year);
        claimForEdit(zoneId, year, before.zoneOwned(), version, actor);
        deleteDays(zoneId, year);
        insert(zoneId, Kind.HOLIDAY, holidays);
        insert(zoneId, Kind.WORKDAY, workingWeekends);
        Year after = year(zoneId, year);
        record(zoneId, actor, "update", before, after);
        events.publishEvent(new HolidayCalendarChanged(zoneId, year, actor));
        return after;
    }

    /** Takes the year for this edit: the first edit creates the claim, later ones move its version on. */
    private void claimForEdit(UUID zoneId, int year, boolean owned, Integer version, String actor) {
        int claimed;
        if (owned) {
            claimed = version == null
                    ? 0
                    : jdbc.sql("""
                                    update zone.calendar_year
                                    set version = version + 1, updated_by = :actor, updated_at = now()
                                    where zone_id = :zone and year = :year and version = :version
                                    """)
                            .param("zone", zoneId)
                            .param("year", year)
                            .param("version", version)
                            .param("actor", actor)
                            .update();
        } else {
            // a version read from the zone's own days that are gone now (reset meanwhile) is stale too
            claimed = version != null
                    ? 0
                    : jdbc.sql("""
                                    insert into zone.calendar_year (zone_id, year, updated_by) values (:zone, :year, :actor)
                                    on conflict do nothing
                                    """)
                            .param("zone", zoneId)
                            .param("year", year)
                            .param("actor", actor)
                            .update();
        }
        if (claimed == 0) {
            throw stale(year, version);
        }
    }

    private Optional<Claim> claim(UUID zoneId, int year) {
        return jdbc.sql("""
                select version, updated_by, updated_at from zone.calendar_year where zone_id = :zone and year = :year
                """)
                .param("zone", zoneId)
                .param("year", year)
                .query((rs, row) ->
                        new Claim(rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at")))
                .optional();
    }

    private void deleteDays(UUID zoneId, int year) {
        jdbc.sql("delete from zone.calendar_day where zone_id = :zone and day between :first and :last")
                .param("zone", zoneId)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .update();
    }

    private void insert(UUID zoneId, Kind kind, List<Day> days) {
        for (Day day : days) {
            jdbc.sql("insert into zone.calendar_day (zone_id, day, kind, name) values (:zone, :day, :kind, :name)")
                    .param("zone", zoneId)
                    .param("day", day.day())
                    .param("kind", kind.name())
                    .param("name", day.name())
                    .update();
        }
    }

    private void record(UUID zoneId, String actor, String action, Year before, Year after) {
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "calendar",
                String.valueOf(after.year()),
                action,
                String.valueOf(after.year()),
                AuditEntry.diff(fields(before), fields(after))));
    }

    /** The year as audited: where its days come from, and each listed day as "KIND name". */
    private static Map<String, Object> fields(Year year) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", year.zoneOwned() ? "zone" : "default");
        List<Map.Entry<LocalDate, String>> days = new ArrayList<>();
        year.holidays().forEach(d -> days.add(Map.entry(d.day(), Kind.HOLIDAY + " " + d.name())));
        year.workingWeekends().forEach(d -> days.add(Map.entry(d.day(), Kind.WORKDAY + " " + d.name())));
        days.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        days.forEach(day -> fields.put(day.getKey().toString(), day.getValue()));
        return fields;
    }

    private static List<Day> without(List<Day> days, LocalDate day) {
        return days.stream().filter(d -> !d.day().equals(day)).toList();
    }

    private static List<Day> stripped(List<Day> days) {
        return days == null
                ? List.of()
                : days.stream().map(d -> new Day(d.day(), d.name().strip())).toList();
    }

    private static OptimisticLockingFailureException stale(int year, Integer version) {
        return new OptimisticLockingFailureException("calendar " + year + " changed since version " + version);
    }
}
