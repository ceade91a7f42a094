package com.parkops.appeals;

import com.parkops.appeals.GeneratedQuarter.JobStep;
import com.parkops.appeals.GeneratedQuarter.Scenario;
import com.parkops.appeals.GeneratedQuarter.Step;
import com.parkops.shared.WorkdayCalendar;
import com.parkops.shared.events.ProjectNodeSlipped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Works out by hand which departments the reverse incentives (蜗牛奖, 踢皮球奖) of docs/appeals.md
 * "Reverse incentives" must name for a quarter of a {@link GeneratedQuarter}, with the figures and
 * evidence of each rule, at the documented default thresholds. It reads only the generator's record
 * of what it did (its steps and the reminder job's steps it reckoned) and the project-node events a
 * test published; never the database or the handling log.
 */
final class AwardReckoning {

    // the thresholds of the domain guide (§7) and docs/appeals.md, written out again on purpose
    static final int OVERDUE_CASES = 3;
    static final int OVERDUE_RATE_PERCENT = 10;
    static final int DAYS_AFTER_REMINDER = 5;
    static final int REMINDERS_PER_CASE = 2;
    static final int SLIP_DAYS = 90;
    static final int REJECTED_RETURNS = 2;
    static final int DEPARTMENTS_PER_CASE = 3;
    static final int REDISPATCH_POINTS = 10;
    static final int MIN_DISPATCHED = 3;

    private static final Set<AppealState> DEPARTMENT_STATES = Set.of(
            AppealState.DISPATCHED, AppealState.ACKNOWLEDGED, AppealState.RETURN_REQUESTED, AppealState.IN_PROGRESS);

    /** What the log must say of one step of a case: its time, kind, state before, departments before/after. */
    private record Line(
            Instant at,
            AppealAction kind,
            AppealState from,
            UUID department,
            UUID assigned,
            Boolean onTime,
            Instant deadline,
            String text) {

        boolean assigning() {
            return kind == AppealAction.DISPATCH
                    || kind == AppealAction.REDISPATCH
                    || kind == AppealAction.APPROVE_RETURN;
        }

        /** Moved away from {@code department}: re-dispatched before acknowledgement, or its return approved. */
        boolean movedAway() {
            return kind == AppealAction.REDISPATCH || kind == AppealAction.APPROVE_RETURN;
        }

        /** A 催办 of a step the department owed (not the service centre's dispatch or revisit). */
        boolean departmentReminder() {
            return kind == AppealAction.REMIND && department != null && DEPARTMENT_STATES.contains(from);
        }
    }

    /** One case as the rules see it. */
    private record Case(UUID id, String number, List<Line> lines) {}

    /** Every rule hit: award → department → rule → hit. */
    record Expected(BigDecimal zonePercent, Map<AwardKind, Map<UUID, Map<AwardRule, AwardRuleHit>>> hits) {}

    private final GeneratedQuarter quarter;
    private final WorkdayCalendar calendar;
    private final Instant start;
    private final Instant end;
    private final Instant now;
    private final List<Case> cases = new ArrayList<>();
    private final Map<AwardKind, Map<UUID, Map<AwardRule, AwardRuleHit>>> hits = new EnumMap<>(AwardKind.class);

    private AwardReckoning(GeneratedQuarter quarter, WorkdayCalendar calendar, LocalDate first, Instant now) {
        this.quarter = quarter;
        this.calendar = calendar;
        this.start = first.atStartOfDay(quarter.timeZone()).toInstant();
        this.end = first.plusMonths(3).atStartOfDay(quarter.timeZone()).toInstant();
        this.now = now;
        quarter.scenarios().stream()
                .sorted(Comparator.comparing(Scenario::caseNumber))
                .forEach(s -> cases.add(new Case(s.appealId(), s.caseNumber(), lines(s))));
    }

    /**
     * The hits of the quarter beginning on {@code first}, as computed at {@code now}, with the
     * project-node events published for the zone (in the order published).
     */
    static Expected reckon(
            GeneratedQuarter quarter,
            WorkdayCalendar calendar,
            LocalDate first,
            Instant now,
            List<ProjectNodeSlipped> nodes) {
        AwardReckoning r = new AwardReckoning(quarter, calendar, first, now);
        r.overdueCases();
        r.reminderWaits();
        r.repeatedReminders();
        r.slippedNodes(nodes, first);
        r.rejectedReturns();
        r.passedAround();
        return new Expected(r.redispatchRates(), r.hits);
    }

    /** The generator's steps and the job's steps of a case, in time order, as log lines. */
    private static List<Line> lines(Scenario s) {
        List<Object> all = new ArrayList<>(s.steps());
        all.addAll(s.job());
        all.sort(Comparator.comparing(o -> o instanceof Step st ? st.at() : ((JobStep) o).at()));
        List<Line> lines = new ArrayList<>();
        AppealState state = null;
        for (Object o : all) {
            if (o instanceof Step st) {
                lines.add(new Line(
                        st.at(),
                        st.action(),
                        state,
                        st.holder(),
                        st.assigned(),
                        st.onTime(),
                        st.deadlineBefore(),
                        st.text()));
                state = st.stateAfter();
            } else {
                JobStep j = (JobStep) o;
                // the job acts on deadlines already past: never on time
                lines.add(new Line(
                        j.at(), j.action(), j.state(), j.department(), j.department(), false, j.deadline(), null));
            }
        }
        return lines;
    }

    private boolean in(Line l) {
        return !l.at().isBefore(start) && l.at().isBefore(end);
    }

    /** 蜗牛奖 (a): cases with a late 签收/回复 or a 催办 of the department, against the cases it handled. */
    private void overdueCases() {
        Map<UUID, Integer> handled = new LinkedHashMap<>();
        Map<UUID, List<AwardEvidence>> overdue = new LinkedHashMap<>();
        for (Case c : cases) {
            Set<UUID> touched = new LinkedHashSet<>();
            Map<UUID, List<Line>> late = new LinkedHashMap<>();
            for (Line l : c.lines()) {
                if (!in(l)) {
                    continue;
                }
                if (l.department() != null) {
                    touched.add(l.department());
                }
                if (l.assigned() != null) {
                    touched.add(l.assigned());
                }
                boolean lateAnswer = (l.kind() == AppealAction.ACKNOWLEDGE || l.kind() == AppealAction.REPLY)
                        && Boolean.FALSE.equals(l.onTime());
                if (l.department() != null && (lateAnswer || l.departmentReminder())) {
                    late.computeIfAbsent(l.department(), d -> new ArrayList<>()).add(l);
                }
            }
            touched.forEach(d -> handled.merge(d, 1, Integer::sum));
            late.forEach((d, steps) -> {
                Line worst = null;
                for (Line l : steps) {
                    if (l.kind() != AppealAction.REMIND && (worst == null || overdueDays(l) >= overdueDays(worst))) {
                        worst = l;
                    }
                }
                AwardEvidence e = worst == null
                        ? AwardEvidence.ofCase(c.id(), c.number(), AppealAction.REMIND, null, null)
                        : AwardEvidence.ofCase(c.id(), c.number(), worst.kind(), overdueDays(worst), null);
                overdue.computeIfAbsent(d, x -> new ArrayList<>()).add(e);
            });
        }
        overdue.forEach((d, list) -> {
            int base = handled.get(d);
            if (list.size() >= OVERDUE_CASES || list.size() * 100 >= OVERDUE_RATE_PERCENT * base) {
                hit(d, AwardRule.SNAIL_OVERDUE, list.size(), base, percent(list.size(), base), null, list);
            }
        });
    }

    private int overdueDays(Line l) {
        return Boolean.FALSE.equals(l.onTime()) ? Math.max(0, between(l.deadline(), l.at())) : 0;
    }

    /** 蜗牛奖 (b): the longest wait per case and department from a 催办 to its answer, when over the limit. */
    private void reminderWaits() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<UUID, AwardEvidence> longest = new LinkedHashMap<>();
            List<Line> lines = c.lines();
            for (int i = 0; i < lines.size(); i++) {
                Line reminder = lines.get(i);
                if (!reminder.departmentReminder() || !in(reminder)) {
                    continue;
                }
                UUID d = reminder.department();
                Instant until = now;
                boolean answered = false;
                for (Line later : lines.subList(i + 1, lines.size())) {
                    if (!d.equals(later.department())) {
                        continue;
                    }
                    boolean answer = later.kind() == AppealAction.ACKNOWLEDGE || later.kind() == AppealAction.REPLY;
                    if (answer || later.movedAway() || later.kind() == AppealAction.MERGE) {
                        until = later.at();
                        answered = answer;
                        break;
                    }
                }
                int waited = Math.max(0, between(reminder.at(), until));
                AwardEvidence so = longest.get(d);
                if (waited > DAYS_AFTER_REMINDER && (so == null || waited > so.days())) {
                    longest.put(
                            d,
                            AwardEvidence.ofCase(c.id(), c.number(), AppealAction.REMIND, waited, null)
                                    .withAnswered(answered));
                }
            }
            longest.forEach(
                    (d, e) -> found.computeIfAbsent(d, x -> new ArrayList<>()).add(e));
        }
        found.forEach((d, list) -> hit(d, AwardRule.SNAIL_REMINDER_WAIT, list.size(), null, null, null, list));
    }

    /** 蜗牛奖 (c): cases a department was reminded of at least twice in the quarter. */
    private void repeatedReminders() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : cases) {
            Map<UUID, Integer> count = new LinkedHashMap<>();
            c.lines().stream()
                    .filter(l -> l.departmentReminder() && in(l))
                    .forEach(l -> count.merge(l.department(), 1, Integer::sum));
            count.forEach((d, n) -> {
                if (n >= REMINDERS_PER_CASE) {
                    found.computeIfAbsent(d, x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), AppealAction.REMIND, null, n));
                }
            });
        }
        found.forEach((d, list) -> hit(d, AwardRule.SNAIL_REMINDERS, list.size(), null, null, null, list));
    }

    /** 蜗牛奖 (d): nodes more than 90 days late on some day of the quarter (each node's worst observation). */
    private void slippedNodes(List<ProjectNodeSlipped> events, LocalDate first) {
        Map<UUID, ProjectNodeSlipped> worst = new LinkedHashMap<>();
        for (ProjectNodeSlipped e : events) {
            worst.merge(e.nodeId(), e, (a, b) -> b.daysLate() > a.daysLate() ? b : a);
        }
        LocalDate last = first.plusMonths(3).minusDays(1);
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (ProjectNodeSlipped n : worst.values()) {
            LocalDate lateFrom = n.plannedOn().plusDays(SLIP_DAYS + 1L);
            if (n.departmentId() != null
                    && n.daysLate() > SLIP_DAYS
                    && !lateFrom.isAfter(last)
                    && !n.observedOn().isBefore(first)) {
                found.computeIfAbsent(n.departmentId(), x -> new ArrayList<>())
                        .add(new AwardEvidence(
                                null,
                                null,
                                null,
                                n.daysLate(),
                                null,
                                null,
                                null,
                                null,
                                n.projectCode(),
                                n.projectName(),
                                n.nodeName(),
                                n.plannedOn(),
                                n.observedOn()));
            }
        }
        found.forEach((d, list) -> hit(d, AwardRule.SNAIL_NODE_SLIPPAGE, list.size(), null, null, null, list));
    }

    /** 踢皮球奖 (a): returns the service centre rejected, per department that asked. */
    private void rejectedReturns() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : cases) {
            for (Line l : c.lines()) {
                if (l.kind() == AppealAction.REJECT_RETURN && in(l)) {
                    found.computeIfAbsent(l.department(), x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), AppealAction.REJECT_RETURN, null, null)
                                    .withText(l.text()));
                }
            }
        }
        found.forEach((d, list) -> {
            if (list.size() >= REJECTED_RETURNS) {
                hit(d, AwardRule.BALL_REJECTED_RETURNS, list.size(), null, null, null, list);
            }
        });
    }

    /** 踢皮球奖 (b): cases that went through 3+ departments before the acknowledgement that stuck. */
    private void passedAround() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : cases) {
            List<Line> lines = c.lines();
            int stuck = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).kind() == AppealAction.ACKNOWLEDGE) {
                    stuck = i;
                } else if (lines.get(i).assigning()) {
                    stuck = -1;
                }
            }
            if (stuck < 0 || !in(lines.get(stuck))) {
                continue;
            }
            Set<UUID> through = new LinkedHashSet<>();
            Set<UUID> movedFrom = new LinkedHashSet<>();
            for (Line l : lines.subList(0, stuck)) {
                if (l.assigning()) {
                    through.add(l.assigned());
                }
                if (l.movedAway()) {
                    movedFrom.add(l.department());
                }
            }
            if (through.size() >= DEPARTMENTS_PER_CASE) {
                List<String> path =
                        through.stream().map(quarter.departments()::get).toList();
                for (UUID d : movedFrom) {
                    found.computeIfAbsent(d, x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), null, null, through.size())
                                    .withDepartments(path));
                }
            }
        }
        found.forEach((d, list) -> hit(d, AwardRule.BALL_PASSED_AROUND, list.size(), null, null, null, list));
    }

    /** 踢皮球奖 (c): a re-dispatch rate more than 10 points above the zone's pooled rate; returns the zone's rate. */
    private BigDecimal redispatchRates() {
        Map<UUID, Integer> dispatched = new LinkedHashMap<>();
        Map<UUID, List<AwardEvidence>> away = new LinkedHashMap<>();
        int allDispatched = 0;
        int allAway = 0;
        for (Case c : cases) {
            for (Line l : c.lines()) {
                if (!in(l)) {
                    continue;
                }
                if (l.assigning()) {
                    dispatched.merge(l.assigned(), 1, Integer::sum);
                    allDispatched++;
                }
                if (l.movedAway()) {
                    away.computeIfAbsent(l.department(), x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), l.kind(), null, null));
                    allAway++;
                }
            }
        }
        if (allDispatched == 0) {
            return null;
        }
        BigDecimal zone = percent(allAway, allDispatched);
        for (Map.Entry<UUID, List<AwardEvidence>> e : away.entrySet()) {
            int base = dispatched.getOrDefault(e.getKey(), 0);
            int moved = e.getValue().size();
            // moved/base − allAway/allDispatched > 10/100, in whole numbers
            long above = 100L * ((long) moved * allDispatched - (long) allAway * base);
            if (base >= MIN_DISPATCHED && above > (long) REDISPATCH_POINTS * base * allDispatched) {
                hit(e.getKey(), AwardRule.BALL_REDISPATCH_RATE, moved, base, percent(moved, base), zone, e.getValue());
            }
        }
        return zone;
    }

    private void hit(
            UUID department,
            AwardRule rule,
            int count,
            Integer base,
            BigDecimal rate,
            BigDecimal zone,
            List<AwardEvidence> evidence) {
        hits.computeIfAbsent(rule.award(), k -> new LinkedHashMap<>())
                .computeIfAbsent(department, k -> new EnumMap<>(AwardRule.class))
                .put(rule, new AwardRuleHit(rule, count, base, rate, zone, evidence));
    }

    /** Working days from the day of {@code from} to the day of {@code to} (zone time). */
    private int between(Instant from, Instant to) {
        return calendar.workingDaysBetween(
                from.atZone(quarter.timeZone()).toLocalDate(),
                to.atZone(quarter.timeZone()).toLocalDate());
    }

    private static BigDecimal percent(int part, int whole) {
        return new BigDecimal(part * 100L).divide(new BigDecimal(whole), 2, RoundingMode.HALF_UP);
    }
}
