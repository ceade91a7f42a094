package com.parkops.appeals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A quarter of appeals made by {@link QuarterGenerator} in a fresh zone through the real services,
 * with what the generator did to each case, so that tests can work out by hand what the metrics
 * (and award candidates) of that quarter must be.
 *
 * @param departments the handling departments (not the service centre), id → name
 * @param runs the instants the reminder job ran (08:00 zone time on each working day)
 */
public record GeneratedQuarter(
        UUID zoneId,
        ZoneId timeZone,
        LocalDate from,
        LocalDate to,
        UUID centreDepartment,
        Map<UUID, String> departments,
        List<Instant> runs,
        List<Scenario> scenarios) {

    /**
     * One step the generator took, as it meant it, with its own reckoning of the deadlines.
     *
     * @param holder the department holding the case before the step (null before dispatch)
     * @param assigned the department holding it after
     * @param deadlineBefore the deadline in force before the step, by the generator's reckoning
     * @param deadlineAfter the deadline in force after it (null in 回访 and 办结)
     * @param master MERGE: the index of the master scenario
     */
    public record Step(
            Instant at,
            AppealAction action,
            UUID holder,
            UUID assigned,
            AppealState stateAfter,
            Instant deadlineBefore,
            Instant deadlineAfter,
            Satisfaction verdict,
            Boolean resolved,
            Integer days,
            Integer master) {

        /** The text the generator gives the step (reason, note, reply): what the log keeps as {@code text}. */
        public String text() {
            return "生成器：" + action.path();
        }

        /** Whether the step came by the deadline in force before it; null without one. */
        public Boolean onTime() {
            return deadlineBefore == null ? null : !at.isAfter(deadlineBefore);
        }

        String describe(Map<UUID, String> names) {
            StringBuilder s = new StringBuilder(action.name());
            if (assigned != null && !assigned.equals(holder)) {
                s.append("→").append(names.getOrDefault(assigned, "?"));
            }
            if (verdict != null) {
                s.append(' ').append(verdict);
            }
            if (resolved != null) {
                s.append(resolved ? " resolved" : " unresolved");
            }
            if (days != null) {
                s.append(' ').append(days).append("d");
            }
            if (master != null) {
                s.append(" into #").append(master);
            }
            if (Boolean.FALSE.equals(onTime())) {
                s.append(" LATE");
            }
            return s.toString();
        }
    }

    /**
     * One step the reminder job must have taken on a case at one of its runs, by the generator's
     * reckoning: a 催办 (REMIND, once per overdue deadline) or the 督办 (ESCALATE, once per case).
     *
     * @param department the department holding the case at the run (null before dispatch)
     * @param state the case's state at the run (the job does not change it)
     * @param deadline the overdue deadline it acted on
     */
    public record JobStep(Instant at, AppealAction action, UUID department, AppealState state, Instant deadline) {}

    /**
     * One appeal: its planned and executed steps (those before the quarter's end), what the reminder
     * job must have done to it by the generator's reckoning, and the real appeal it became.
     *
     * @param job the job's 催办 and 督办 on the case, in time order
     */
    public record Scenario(
            int index, AppealType type, List<Step> steps, List<JobStep> job, UUID appealId, String caseNumber) {

        /** How many 催办 the job must have logged (one per overdue deadline seen at a run). */
        public int reminders() {
            return (int)
                    job.stream().filter(j -> j.action() == AppealAction.REMIND).count();
        }

        /** Whether the job must have escalated it (督办). */
        public boolean escalated() {
            return job.stream().anyMatch(j -> j.action() == AppealAction.ESCALATE);
        }

        /** The generator's plain description of what happened to the case. */
        public String description(Map<UUID, String> names) {
            return "#" + index + " " + caseNumber + " " + type + ": "
                    + steps.stream().map(s -> s.describe(names)).collect(Collectors.joining("; "));
        }

        public Step last() {
            return steps.get(steps.size() - 1);
        }

        public boolean closed() {
            return last().stateAfter() == AppealState.CLOSED;
        }
    }
}
