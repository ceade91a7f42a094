package com.parkops.appeals.domain;

import com.parkops.appeals.AppealMetrics;
import com.parkops.appeals.DepartmentMetrics;
import com.parkops.appeals.MetricCounts;
import com.parkops.appeals.MetricDefinitions;
import com.parkops.appeals.MetricRates;
import com.parkops.appeals.MetricsReport;
import com.parkops.appeals.OverdueAppeal;
import com.parkops.appeals.Satisfaction;
import com.parkops.shared.InputError;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Metrics per department from the handling log, as defined in docs/appeals.md ("Metrics"). */
@Service
@Transactional(readOnly = true)
class MetricsService implements AppealMetrics {

    private final MetricsLog log;
    private final MetricDefinitionStore definitions;
    private final OverdueReads overdue;
    private final Users users;
    private final Zones zones;
    private final AppealMessages messages;
    private final Clock clock;

    MetricsService(
            MetricsLog log,
            MetricDefinitionStore definitions,
            OverdueReads overdue,
            Users users,
            Zones zones,
            AppealMessages messages,
            Clock clock) {
        this.log = log;
        this.definitions = definitions;
        this.overdue = overdue;
        this.users = users;
        this.zones = zones;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public MetricsReport report(ZoneUser user, LocalDate from, LocalDate to) {
        requireReader(user);
        checkPeriod(from, to);
        UUID zone = user.zoneId();
        MetricDefinitions d = definitions.of(zone);
        ZoneId tz = zones.timeZone(zone);
        Instant start = from.atStartOfDay(tz).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(tz).toInstant();
        Instant now = clock.instant();
        Instant cutoff = end.isAfter(now) ? now : end;

        Map<UUID, Tally> tallies = new HashMap<>();
        Tally total = new Tally();
        for (MetricsLog.Row row : log.steps(zone, start, end)) {
            count(row, d, tallies, total);
        }
        for (UUID department : log.overdueAt(zone, cutoff)) {
            tally(tallies, department).overdue++;
            total.overdue++;
        }
        return new MetricsReport(
                from, to, d, rows(zone, tallies, d), row(null, messages.text("appeals.metrics.total"), total, d));
    }

    private static void count(MetricsLog.Row row, MetricDefinitions d, Map<UUID, Tally> tallies, Tally total) {
        switch (row.kind()) {
            case "DISPATCH", "REDISPATCH", "APPROVE_RETURN" -> {
                tally(tallies, row.assignedDepartmentId()).dispatched++;
                total.dispatched++;
                if (row.redispatch()) {
                    tally(tallies, row.departmentId()).redispatched++;
                    total.redispatched++;
                }
            }
            case "REVISIT" -> {
                boolean satisfied =
                        row.satisfaction() != null && d.satisfied().contains(Satisfaction.valueOf(row.satisfaction()));
                for (Tally t : List.of(tally(tallies, row.departmentId()), total)) {
                    t.revisited++;
                    t.satisfied += satisfied ? 1 : 0;
                }
            }
            case "CLOSE" ->
                closed(
                        row,
                        Boolean.TRUE.equals(row.resolved()),
                        !Boolean.FALSE.equals(row.repliesOnTime()),
                        tallies,
                        total);
            case "MERGE" -> {
                if (d.countMerged()) {
                    boolean onTime = !Boolean.FALSE.equals(row.repliesOnTime()) && !Boolean.FALSE.equals(row.onTime());
                    closed(row, false, onTime, tallies, total);
                }
            }
            default -> throw new IllegalStateException("not a counted step: " + row.kind());
        }
    }

    private static void closed(
            MetricsLog.Row row, boolean resolved, boolean onTime, Map<UUID, Tally> tallies, Tally total) {
        List<Tally> targets = new ArrayList<>(List.of(total));
        if (row.departmentId() != null) {
            targets.add(tally(tallies, row.departmentId()));
        }
        for (Tally t : targets) {
            t.closed++;
            t.closedOnTime += onTime ? 1 : 0;
            t.resolved += resolved ? 1 : 0;
        }
    }

    private static Tally tally(Map<UUID, Tally> tallies, UUID department) {
        return tallies.computeIfAbsent(department, k -> new Tally());
    }

    /** Every department of the zone by name, then any other the log names (e.g. a deleted one). */
    private List<DepartmentMetrics> rows(UUID zone, Map<UUID, Tally> tallies, MetricDefinitions d) {
        Map<UUID, String> names = new LinkedHashMap<>();
        users.departments(zone).stream()
                .sorted(Comparator.comparing(Users.Department::name))
                .forEach(dep -> names.put(dep.id(), dep.name()));
        tallies.keySet().stream()
                .filter(id -> id != null && !names.containsKey(id))
                .sorted()
                .forEach(id -> names.put(id, messages.text("appeals.metrics.unknownDepartment", id)));
        List<DepartmentMetrics> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(row(id, name, tallies.getOrDefault(id, new Tally()), d)));
        return rows;
    }

    private static DepartmentMetrics row(UUID id, String name, Tally t, MetricDefinitions d) {
        MetricCounts counts = t.counts();
        return new DepartmentMetrics(id, name, counts, MetricRates.of(counts, d));
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        List<InputError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(messages.error("from", "appeals.error.required"));
        }
        if (to == null) {
            errors.add(messages.error("to", "appeals.error.required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(messages.error("to", "appeals.metrics.error.toBeforeFrom"));
        }
        if (from != null && to != null && to.isAfter(from.plusYears(5))) {
            errors.add(messages.error("to", "appeals.metrics.error.tooLong"));
        }
        messages.refuse(errors);
    }

    private static void requireReader(ZoneUser user) {
        if (!(user.is(Role.ADMIN) || user.is(Role.LEADER) || user.is(Role.STAFF))) {
            throw new AccessDeniedException("appeal metrics");
        }
    }

    @Override
    public List<OverdueAppeal> overdue(ZoneUser user) {
        requireReader(user);
        return overdue.overdue(user);
    }

    @Override
    public MetricDefinitions definitions(ZoneUser user) {
        requireReader(user);
        return definitions.of(user.zoneId());
    }

    @Override
    @Transactional
    public MetricDefinitions saveDefinitions(ZoneUser admin, MetricDefinitions d) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("appeal metric definitions");
        }
        List<InputError> errors = new ArrayList<>();
        if (d.resolutionBase() == null) {
            errors.add(messages.error("resolutionBase", "appeals.error.required"));
        }
        if (d.settlementBase() == null) {
            errors.add(messages.error("settlementBase", "appeals.error.required"));
        }
        messages.refuse(errors);
        return definitions.save(admin, d);
    }

    /** Counts being added up. */
    private static final class Tally {
        int dispatched;
        int closed;
        int closedOnTime;
        int resolved;
        int revisited;
        int satisfied;
        int redispatched;
        int overdue;

        MetricCounts counts() {
            return new MetricCounts(
                    dispatched,
                    closed + overdue,
                    closed,
                    closedOnTime,
                    resolved,
                    revisited,
                    satisfied,
                    redispatched,
                    overdue);
        }
    }
}
