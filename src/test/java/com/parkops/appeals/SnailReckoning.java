package com.parkops.appeals;

import static com.parkops.appeals.AwardReckoning.DAYS_AFTER_REMINDER;
import static com.parkops.appeals.AwardReckoning.OVERDUE_CASES;
import static com.parkops.appeals.AwardReckoning.OVERDUE_RATE_PERCENT;
import static com.parkops.appeals.AwardReckoning.REMINDERS_PER_CASE;
import static com.parkops.appeals.AwardReckoning.SLIP_DAYS;

import com.parkops.appeals.AwardReckoning.Case;
import com.parkops.appeals.AwardReckoning.Line;
import com.parkops.shared.events.ProjectNodeSlipped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The 蜗牛奖 rules of {@link AwardReckoning}, by hand over the generator's record. */
final class SnailReckoning {

    private final AwardReckoning r;

    SnailReckoning(AwardReckoning r) {
        this.r = r;
    }

    /** 蜗牛奖 (a): cases with a late 签收/回复 or a 催办 of the department, against the cases it handled. */
    void overdueCases() {
        Map<UUID, Integer> handled = new LinkedHashMap<>();
        Map<UUID, List<AwardEvidence>> overdue = new LinkedHashMap<>();
        for (Case c : r.cases) {
            Set<UUID> touched = new LinkedHashSet<>();
            Map<UUID, List<Line>> late = new LinkedHashMap<>();
            for (Line l : c.lines()) {
                if (!r.in(l)) {
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
                r.hit(
                        d,
                        AwardRule.SNAIL_OVERDUE,
                        list.size(),
                        base,
                        AwardReckoning.percent(list.size(), base),
                        null,
                        list);
            }
        });
    }

    private int overdueDays(Line l) {
        return Boolean.FALSE.equals(l.onTime()) ? Math.max(0, r.between(l.deadline(), l.at())) : 0;
    }

    /** 蜗牛奖 (b): the longest wait per case and department from a 催办 to its answer, when over the limit. */
    void reminderWaits() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : r.cases) {
            Map<UUID, AwardEvidence> longest = new LinkedHashMap<>();
            List<Line> lines = c.lines();
            for (int i = 0; i < lines.size(); i++) {
                Line reminder = lines.get(i);
                if (!reminder.departmentReminder() || !r.in(reminder)) {
                    continue;
                }
                UUID d = reminder.department();
                Instant until = r.now;
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
                int waited = Math.max(0, r.between(reminder.at(), until));
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
        found.forEach((d, list) -> r.hit(d, AwardRule.SNAIL_REMINDER_WAIT, list.size(), null, null, null, list));
    }

    /** 蜗牛奖 (c): cases a department was reminded of at least twice in the quarter. */
    void repeatedReminders() {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (Case c : r.cases) {
            Map<UUID, Integer> count = new LinkedHashMap<>();
            c.lines().stream()
                    .filter(l -> l.departmentReminder() && r.in(l))
                    .forEach(l -> count.merge(l.department(), 1, Integer::sum));
            count.forEach((d, n) -> {
                if (n >= REMINDERS_PER_CASE) {
                    found.computeIfAbsent(d, x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(c.id(), c.number(), AppealAction.REMIND, null, n));
                }
            });
        }
        found.forEach((d, list) -> r.hit(d, AwardRule.SNAIL_REMINDERS, list.size(), null, null, null, list));
    }

    /** 蜗牛奖 (d): nodes more than 90 days late on some day of the quarter (each node's worst observation). */
    void slippedNodes(List<ProjectNodeSlipped> events, LocalDate first) {
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
        found.forEach((d, list) -> r.hit(d, AwardRule.SNAIL_NODE_SLIPPAGE, list.size(), null, null, null, list));
    }
}
