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
    record Line(
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
    record Case(UUID id, String number, List<Line> lines) {}

    /** Every rule hit: award → department → rule → hit. */
    record Expected(BigDecimal zonePercent, Map<AwardKind, Map<UUID, Map<AwardRule, AwardRuleHit>>> hits) {}

    final GeneratedQuarter quarter;
    private final WorkdayCalendar calendar;
    private final Instant start;
    private final Instant end;
    final Instant now;
    final List<Case> cases = new ArrayList<>();
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
        SnailReckoning snail = new SnailReckoning(r);
        snail.overdueCases();
        snail.reminderWaits();
        snail.repeatedReminders();
        snail.slippedNodes(nodes, first);
        BallReckoning ball = new BallReckoning(r);
        ball.rejectedReturns();
        ball.passedAround();
        return new Expected(ball.redispatchRates(), r.hits);
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

    boolean in(Line l) {
        return !l.at().isBefore(start) && l.at().isBefore(end);
    }

    void hit(
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
    int between(Instant from, Instant to) {
        return calendar.workingDaysBetween(
                from.atZone(quarter.timeZone()).toLocalDate(),
                to.atZone(quarter.timeZone()).toLocalDate());
    }

    static BigDecimal percent(int part, int whole) {
        return new BigDecimal(part * 100L).divide(new BigDecimal(whole), 2, RoundingMode.HALF_UP);
    }
}
