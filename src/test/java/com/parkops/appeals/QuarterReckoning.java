package com.parkops.appeals;

import com.parkops.appeals.GeneratedQuarter.JobStep;
import com.parkops.appeals.GeneratedQuarter.Scenario;
import com.parkops.appeals.GeneratedQuarter.Step;
import com.parkops.shared.WorkdayCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Works out by hand, from the generator's own descriptions of what it did, what the handling log
 * must now say: the reminders each case got, and the metrics of a period. Plain Java over the
 * scenarios; it never reads the database.
 */
final class QuarterReckoning {

    private QuarterReckoning() {}

    /**
     * Reminders and escalation of one case: the job at each run reminds an overdue deadline once and
     * escalates (once) past 5 working days, each logged with the holder and state at the run.
     */
    static List<JobStep> job(List<Step> steps, List<Instant> runs, WorkdayCalendar calendar, ZoneId tz) {
        List<JobStep> job = new ArrayList<>();
        boolean escalated = false;
        Instant reminded = null;
        for (Instant run : runs) {
            Step now = null;
            for (Step s : steps) {
                if (s.at().isBefore(run)) {
                    now = s;
                }
            }
            if (now == null || now.stateAfter() == AppealState.CLOSED || now.deadlineAfter() == null) {
                continue;
            }
            Instant deadline = now.deadlineAfter();
            if (!deadline.isBefore(run)) {
                continue;
            }
            if (!deadline.equals(reminded)) {
                job.add(new JobStep(run, AppealAction.REMIND, now.assigned(), now.stateAfter(), deadline));
                reminded = deadline;
            }
            int late = calendar.workingDaysBetween(
                    deadline.atZone(tz).toLocalDate(), run.atZone(tz).toLocalDate());
            if (!escalated && late > 5) {
                escalated = true;
                job.add(new JobStep(run, AppealAction.ESCALATE, now.assigned(), now.stateAfter(), deadline));
            }
        }
        return List.copyOf(job);
    }

    /** The counts per department (null key = the zone total) for steps with {@code start <= at < end}. */
    static Map<UUID, MetricCounts> metrics(
            List<Scenario> scenarios, Instant start, Instant end, Set<Satisfaction> satisfied, boolean countMerged) {
        Map<UUID, int[]> t = new HashMap<>();
        for (Scenario sc : scenarios) {
            boolean repliesOnTime = sc.steps().stream()
                    .filter(s -> s.action() == AppealAction.REPLY)
                    .allMatch(s -> Boolean.TRUE.equals(s.onTime()));
            for (Step s : sc.steps()) {
                if (s.at().isBefore(start) || !s.at().isBefore(end)) {
                    continue;
                }
                switch (s.action()) {
                    case DISPATCH, REDISPATCH, APPROVE_RETURN -> {
                        add(t, s.assigned(), 0);
                        if (s.action() != AppealAction.DISPATCH) {
                            add(t, s.holder(), 6);
                        }
                    }
                    case REVISIT -> {
                        add(t, s.holder(), 4);
                        if (satisfied.contains(s.verdict())) {
                            add(t, s.holder(), 5);
                        }
                    }
                    case CLOSE -> closed(t, s.holder(), repliesOnTime, Boolean.TRUE.equals(s.resolved()));
                    case MERGE -> {
                        if (countMerged) {
                            closed(t, s.holder(), repliesOnTime && !Boolean.FALSE.equals(s.onTime()), false);
                        }
                    }
                    default -> {}
                }
            }
            // overdue at the period's end: open in a department's step past that step's deadline
            Step at = null;
            for (Step s : sc.steps()) {
                if (s.at().isBefore(end)) {
                    at = s;
                }
            }
            if (at != null
                    && Set.of(
                                    AppealState.DISPATCHED,
                                    AppealState.ACKNOWLEDGED,
                                    AppealState.RETURN_REQUESTED,
                                    AppealState.IN_PROGRESS)
                            .contains(at.stateAfter())
                    && at.deadlineAfter().isBefore(end)) {
                add(t, at.assigned(), 7);
            }
        }
        Map<UUID, MetricCounts> counts = new HashMap<>();
        t.forEach((department, c) ->
                counts.put(department, new MetricCounts(c[0], c[1] + c[7], c[1], c[2], c[3], c[4], c[5], c[6], c[7])));
        return counts;
    }

    private static void closed(Map<UUID, int[]> t, UUID department, boolean onTime, boolean resolved) {
        add(t, department, 1);
        if (onTime) {
            add(t, department, 2);
        }
        if (resolved) {
            add(t, department, 3);
        }
    }

    /** Adds one to slot {@code i} (dispatched, closed, on time, resolved, revisited, satisfied, moved away, overdue). */
    private static void add(Map<UUID, int[]> t, UUID department, int i) {
        if (department != null) {
            t.computeIfAbsent(department, k -> new int[8])[i]++;
        }
        t.computeIfAbsent(null, k -> new int[8])[i]++;
    }
}
