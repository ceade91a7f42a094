package com.parkops.appeals;

import static com.parkops.appeals.AppealAction.*;

import com.parkops.appeals.GeneratedQuarter.Step;
import com.parkops.shared.WorkdayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Plans one appeal's life as a seeded random walk through the workflow, on the zone's working-day
 * calendar, reckoning its deadlines by the rules of the domain guide (§7) with the default settings:
 * dispatch 1, acknowledge 1, reply 3 (咨询/求助) or 5 working days from dispatch or reopening,
 * extensions from the reply deadline, revisit 1, each ending at 18:00. Steps at or after the
 * cut-off are not planned; the case stays where it got to. How late a department is, and how often
 * it asks to return or has cases moved away, follows its {@link Habits}.
 */
final class ScenarioPlanner {

    static final Set<Satisfaction> SATISFIED = Set.of(Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED);
    private static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

    /** Thrown when the next step would fall after the cut-off. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final WorkdayCalendar calendar;
    private final ZoneId tz;
    private final Random random;
    private final List<UUID> departments;
    private final Instant cutoff;

    ScenarioPlanner(WorkdayCalendar calendar, ZoneId tz, Random random, List<UUID> departments, Instant cutoff) {
        this.calendar = calendar;
        this.tz = tz;
        this.random = random;
        this.departments = departments;
        this.cutoff = cutoff;
    }

    /** The steps of case {@code index}, received on {@code day}; {@code earlier} are the plans made so far. */
    List<Step> plan(int index, AppealType type, LocalDate day, List<List<Step>> earlier) {
        Walk w = new Walk(index % 40, type, earlier);
        try {
            w.run(day);
        } catch (Stop stop) {
            // the quarter ended first
        }
        return w.steps;
    }

    private final class Walk {
        final int minute;
        final AppealType type;
        final List<List<Step>> earlier;
        final List<Step> steps = new ArrayList<>();
        Instant last;
        UUID holder;
        AppealState state;
        Instant deadline;
        Instant replyDeadline;
        LocalDate day;
        int phases;

        Walk(int minute, AppealType type, List<List<Step>> earlier) {
            this.minute = minute;
            this.type = type;
            this.earlier = earlier;
        }

        void run(LocalDate received) {
            day = received;
            step(RECEIVE, at(day, 9), null, AppealState.ACCEPTED, end(plus(day, 1)), null, null, null, null);
            if (chance(0.03) && merge(at(day, 11))) {
                return;
            }
            LocalDate dispatchDay = chance(0.08) ? plus(day, 2) : day;
            assign(DISPATCH, dispatchDay, 10, pick(null));
            while (true) {
                if (phases < 3 && chance(habits(holder).redispatchAway())) {
                    assign(REDISPATCH, day, 11, pick(holder));
                    continue;
                }
                if (chance(0.02) && merge(at(day, 12))) {
                    return;
                }
                LocalDate dispatched = day;
                day = chance(habits(holder).lateAcknowledgement())
                        ? plus(dispatched, 3)
                        : plus(dispatched, random.nextInt(2));
                step(ACKNOWLEDGE, at(day, 13), holder, AppealState.ACKNOWLEDGED, replyDeadline, null, null, null, null);
                if (phases < 3 && chance(habits(holder).askReturn())) {
                    step(
                            REQUEST_RETURN,
                            at(day, 15),
                            holder,
                            AppealState.RETURN_REQUESTED,
                            deadline,
                            null,
                            null,
                            null,
                            null);
                    day = plus(day, 1);
                    if (chance(0.5)) {
                        assign(APPROVE_RETURN, day, 10, pick(holder));
                        continue;
                    }
                    step(
                            REJECT_RETURN,
                            at(day, 10),
                            holder,
                            AppealState.ACKNOWLEDGED,
                            deadline,
                            null,
                            null,
                            null,
                            null);
                }
                break;
            }
            step(START, at(day, 14), holder, AppealState.IN_PROGRESS, deadline, null, null, null, null);
            if (chance(habits(holder).askExtension())) {
                extension();
            }
            replyAndRevisit(false);
        }

        void extension() {
            int days = 2 + random.nextInt(3);
            Instant asked = at(day, 16);
            if (!asked.isBefore(replyDeadline)) {
                return;
            }
            step(REQUEST_EXTENSION, asked, holder, state, deadline, null, null, days, null);
            day = plus(day, 1);
            if (chance(0.6)) {
                replyDeadline = end(plus(date(replyDeadline), days));
                step(APPROVE_EXTENSION, at(day, 10), holder, state, replyDeadline, null, null, days, null);
            } else {
                step(REJECT_EXTENSION, at(day, 10), holder, state, deadline, null, null, days, null);
            }
        }

        void replyAndRevisit(boolean reopened) {
            if (chance(1 - habits(holder).lateReply())) {
                LocalDate latest = date(replyDeadline);
                LocalDate planned = plus(day, random.nextInt(3));
                day = planned.isAfter(latest) ? (latest.isBefore(day) ? day : latest) : planned;
                step(
                        REPLY,
                        at(day, 16),
                        holder,
                        AppealState.REPLIED,
                        end(plus(day, 1)),
                        null,
                        chance(0.85),
                        null,
                        null);
            } else {
                LocalDate due = date(replyDeadline);
                day = plus(due.isBefore(day) ? day : due, 1 + random.nextInt(8));
                step(
                        REPLY,
                        at(day, 10),
                        holder,
                        AppealState.REPLIED,
                        end(plus(day, 1)),
                        null,
                        chance(0.85),
                        null,
                        null);
            }
            day = plus(day, 1);
            Satisfaction verdict = verdict();
            step(REVISIT, at(day, 11), holder, AppealState.REVISITED, null, verdict, null, null, null);
            boolean satisfied = SATISFIED.contains(verdict);
            if (!satisfied && !reopened && chance(0.6)) {
                replyDeadline = end(plus(day, replyDays()));
                step(REOPEN, at(day, 12), holder, AppealState.IN_PROGRESS, replyDeadline, null, null, null, null);
                replyAndRevisit(true);
                return;
            }
            boolean resolved = satisfied ? chance(0.95) : chance(0.3);
            step(CLOSE, at(day, 14), holder, AppealState.CLOSED, null, null, resolved, null, null);
        }

        void assign(AppealAction action, LocalDate on, int hour, UUID to) {
            day = on;
            Instant when = at(on, hour);
            replyDeadline = end(plus(on, replyDays()));
            UUID from = holder;
            holder = to;
            phases++;
            steps.add(new Step(
                    checked(when),
                    action,
                    from,
                    to,
                    AppealState.DISPATCHED,
                    deadline,
                    end(plus(on, 1)),
                    null,
                    null,
                    null,
                    null));
            state = AppealState.DISPATCHED;
            deadline = end(plus(on, 1));
            last = when;
        }

        /** Merges into an earlier case still open then; false when there is none. */
        boolean merge(Instant when) {
            for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - 30); i--) {
                List<Step> master = earlier.get(i);
                Step end = master.get(master.size() - 1);
                if (master.get(0).at().isBefore(when)
                        && (end.stateAfter() != AppealState.CLOSED || end.at().isAfter(when))) {
                    step(MERGE, when, holder, AppealState.CLOSED, null, null, null, null, i);
                    return true;
                }
            }
            return false;
        }

        void step(
                AppealAction action,
                Instant when,
                UUID by,
                AppealState after,
                Instant deadlineAfter,
                Satisfaction verdict,
                Boolean resolved,
                Integer days,
                Integer master) {
            steps.add(new Step(
                    checked(when),
                    action,
                    by,
                    holder,
                    after,
                    deadline,
                    deadlineAfter,
                    verdict,
                    resolved,
                    days,
                    master));
            state = after;
            deadline = deadlineAfter;
            last = when;
        }

        Instant checked(Instant when) {
            if (!when.isBefore(cutoff)) {
                throw new Stop();
            }
            return when;
        }

        /** The hour on the day, after the previous step (five minutes on when it would not be). */
        Instant at(LocalDate on, int hour) {
            Instant t = on.atTime(hour, minute).atZone(tz).toInstant();
            return last != null && !t.isAfter(last) ? last.plus(5, ChronoUnit.MINUTES) : t;
        }

        int replyDays() {
            return type == AppealType.CONSULT || type == AppealType.HELP ? 3 : 5;
        }

        UUID pick(UUID not) {
            UUID d;
            do {
                d = departments.get(random.nextInt(departments.size()));
            } while (d.equals(not));
            return d;
        }

        Satisfaction verdict() {
            double p = random.nextDouble();
            return p < 0.45
                    ? Satisfaction.SATISFIED
                    : p < 0.70
                            ? Satisfaction.BASICALLY_SATISFIED
                            : p < 0.85 ? Satisfaction.NEUTRAL : Satisfaction.DISSATISFIED;
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }
    }

    /** The first department is prompt, the last passes cases on, the others are ordinary. */
    Habits habits(UUID department) {
        int i = departments.indexOf(department);
        return i == 0 ? Habits.PROMPT : i == departments.size() - 1 ? Habits.PASSING_ON : Habits.ORDINARY;
    }

    LocalDate plus(LocalDate day, int workingDays) {
        return calendar.plusWorkingDays(day, workingDays);
    }

    Instant end(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(tz).toInstant();
    }

    LocalDate date(Instant at) {
        return at.atZone(tz).toLocalDate();
    }
}
