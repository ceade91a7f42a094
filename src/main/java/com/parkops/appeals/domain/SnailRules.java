package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AwardEvidence;
import com.parkops.appeals.AwardRule;
import com.parkops.appeals.AwardRuleHit;
import com.parkops.appeals.AwardSettings;
import com.parkops.shared.WorkdayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 蜗牛奖 rules over the handling log of a quarter (see docs/appeals.md, "Reverse incentives"):
 * overdue cases and rate, a reminder left unanswered too long, repeated reminders on one case, and
 * slipped project nodes.
 */
final class SnailRules {

    private final AwardSettings settings;
    private final QuarterSpan quarter;
    private final WorkdayCalendar calendar;
    private final ZoneId zone;
    private final Instant now;

    SnailRules(AwardSettings settings, QuarterSpan quarter, WorkdayCalendar calendar, ZoneId zone, Instant now) {
        this.settings = settings;
        this.quarter = quarter;
        this.calendar = calendar;
        this.zone = zone;
        this.now = now;
    }

    void apply(List<List<LogRow>> appeals, List<NodeSlippage> nodes, RuleHits hits) {
        overdue(appeals, hits);
        reminderWaits(appeals, hits);
        repeatedReminders(appeals, hits);
        slippage(nodes, hits);
    }

    /** (a) overdue cases ≥ N, or overdue cases ÷ cases handled ≥ P %. */
    private void overdue(List<List<LogRow>> appeals, RuleHits hits) {
        Map<UUID, Integer> handled = new LinkedHashMap<>();
        Map<UUID, List<AwardEvidence>> late = new LinkedHashMap<>();
        for (List<LogRow> rows : appeals) {
            Set<UUID> held = new HashSet<>();
            Map<UUID, List<LogRow>> steps = new LinkedHashMap<>();
            for (LogRow row : rows) {
                if (!row.in(quarter)) {
                    continue;
                }
                if (row.departmentId() != null) {
                    held.add(row.departmentId());
                }
                if (row.assignedDepartmentId() != null) {
                    held.add(row.assignedDepartmentId());
                }
                if (row.overdueStep()) {
                    steps.computeIfAbsent(row.departmentId(), d -> new ArrayList<>())
                            .add(row);
                }
            }
            held.forEach(d -> handled.merge(d, 1, Integer::sum));
            steps.forEach(
                    (d, list) -> late.computeIfAbsent(d, x -> new ArrayList<>()).add(worst(list)));
        }
        BigDecimal rateThreshold = settings.snailOverdueRatePercent();
        late.forEach((department, cases) -> {
            int count = cases.size();
            int base = handled.getOrDefault(department, count);
            boolean byRate =
                    BigDecimal.valueOf(count * 100L).compareTo(rateThreshold.multiply(BigDecimal.valueOf(base))) >= 0;
            if (count >= settings.snailOverdueCases() || byRate) {
                hits.add(
                        department,
                        new AwardRuleHit(AwardRule.SNAIL_OVERDUE, count, base, percent(count, base), null, cases));
            }
        });
    }

    /** The late ACKNOWLEDGE/REPLY with the most working days overdue; else the last overdue reminder. */
    private static AwardEvidence worst(List<LogRow> steps) {
        LogRow worst = steps.stream()
                .filter(r -> r.kind() != AppealAction.REMIND)
                .max(Comparator.comparingInt(LogRow::overdueWorkingDays).thenComparingInt(LogRow::seq))
                .orElse(steps.get(steps.size() - 1));
        Integer days = worst.kind() == AppealAction.REMIND ? null : worst.overdueWorkingDays();
        return AwardEvidence.ofCase(worst.appealId(), worst.caseNumber(), worst.kind(), days, null);
    }

    /** (b) a reminder not answered by an acknowledgement or reply within N working days. */
    private void reminderWaits(List<List<LogRow>> appeals, RuleHits hits) {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (List<LogRow> rows : appeals) {
            Map<UUID, AwardEvidence> worst = new LinkedHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                LogRow reminder = rows.get(i);
                if (!reminder.departmentReminder() || !reminder.in(quarter)) {
                    continue;
                }
                UUID department = reminder.departmentId();
                Instant end = now;
                boolean answered = false;
                for (LogRow later : rows.subList(i + 1, rows.size())) {
                    if (!department.equals(later.departmentId())) {
                        continue;
                    }
                    if (later.kind() == AppealAction.ACKNOWLEDGE || later.kind() == AppealAction.REPLY) {
                        end = later.at();
                        answered = true;
                        break;
                    }
                    if (later.redispatch() || later.kind() == AppealAction.MERGE) {
                        end = later.at();
                        break;
                    }
                }
                int waited = Math.max(0, calendar.workingDaysBetween(date(reminder.at()), date(end)));
                AwardEvidence before = worst.get(department);
                if (waited > settings.snailDaysAfterReminder() && (before == null || before.days() < waited)) {
                    worst.put(
                            department,
                            AwardEvidence.ofCase(
                                            reminder.appealId(),
                                            reminder.caseNumber(),
                                            AppealAction.REMIND,
                                            waited,
                                            null)
                                    .withAnswered(answered));
                }
            }
            worst.forEach(
                    (d, e) -> found.computeIfAbsent(d, x -> new ArrayList<>()).add(e));
        }
        found.forEach((d, cases) ->
                hits.add(d, new AwardRuleHit(AwardRule.SNAIL_REMINDER_WAIT, cases.size(), null, null, null, cases)));
    }

    /** (c) a case reminded at least N times in the quarter. */
    private void repeatedReminders(List<List<LogRow>> appeals, RuleHits hits) {
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (List<LogRow> rows : appeals) {
            Map<UUID, List<LogRow>> reminders = new LinkedHashMap<>();
            rows.stream()
                    .filter(r -> r.departmentReminder() && r.in(quarter))
                    .forEach(r -> reminders
                            .computeIfAbsent(r.departmentId(), d -> new ArrayList<>())
                            .add(r));
            reminders.forEach((d, list) -> {
                if (list.size() >= settings.snailRemindersPerCase()) {
                    LogRow first = list.get(0);
                    found.computeIfAbsent(d, x -> new ArrayList<>())
                            .add(AwardEvidence.ofCase(
                                    first.appealId(), first.caseNumber(), AppealAction.REMIND, null, list.size()));
                }
            });
        }
        found.forEach((d, cases) ->
                hits.add(d, new AwardRuleHit(AwardRule.SNAIL_REMINDERS, cases.size(), null, null, null, cases)));
    }

    /**
     * (d) nodes more than N days late at some day of the quarter: a node observed {@code daysLate}
     * days after its planned date was more than N days late from {@code plannedOn + N + 1} to the
     * observation.
     */
    private void slippage(List<NodeSlippage> nodes, RuleHits hits) {
        int limit = settings.snailSlipDays();
        Map<UUID, List<AwardEvidence>> found = new LinkedHashMap<>();
        for (NodeSlippage node : nodes) {
            if (node.departmentId() == null || node.daysLate() <= limit) {
                continue;
            }
            if (quarter.overlaps(node.plannedOn().plusDays(limit + 1L), node.observedOn())) {
                found.computeIfAbsent(node.departmentId(), d -> new ArrayList<>())
                        .add(node.evidence());
            }
        }
        found.forEach((d, list) ->
                hits.add(d, new AwardRuleHit(AwardRule.SNAIL_NODE_SLIPPAGE, list.size(), null, null, null, list)));
    }

    private LocalDate date(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    static BigDecimal percent(int count, int base) {
        if (base == 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}
