package com.parkops.projects.domain;

import com.parkops.projects.NodeStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The colour rules: a done node is on time when its actual date is on or before the planned one;
 * an open node is red once its planned date has passed, yellow when it falls within {@code
 * warnDays} from today (today itself included), green beyond. A project takes its worst open node.
 */
final class StatusRules {

    private StatusRules() {}

    static NodeStatus node(LocalDate planned, LocalDate actual, LocalDate today, int warnDays) {
        if (actual != null) {
            return actual.isAfter(planned) ? NodeStatus.DONE_LATE : NodeStatus.DONE;
        }
        if (planned.isBefore(today)) {
            return NodeStatus.RED;
        }
        return planned.isAfter(today.plusDays(warnDays)) ? NodeStatus.GREEN : NodeStatus.YELLOW;
    }

    /** The worst open status (red, then yellow, then green); DONE when nothing is open. */
    static NodeStatus project(Collection<NodeStatus> nodes) {
        NodeStatus worst = NodeStatus.DONE;
        for (NodeStatus status : nodes) {
            if (status.open() && (worst == NodeStatus.DONE || status.ordinal() > worst.ordinal())) {
                worst = status;
            }
        }
        return worst;
    }

    /** Days past the planned date: to the actual date when done, else to today; 0 when not late. */
    static long daysLate(LocalDate planned, LocalDate actual, LocalDate today) {
        LocalDate until = actual != null ? actual : today;
        return Math.max(0, ChronoUnit.DAYS.between(planned, until));
    }
}
