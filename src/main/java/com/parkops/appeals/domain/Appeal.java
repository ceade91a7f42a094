package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.AppealType;
import com.parkops.appeals.Outcome;
import com.parkops.appeals.Satisfaction;
import com.parkops.appeals.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The handling of one appeal as a guarded state machine. Every move checks the state (and, where
 * it matters, the time) and throws a {@link Refusal} when illegal; every legal move sets the
 * deadline of the next step and records one {@link LoggedEvent} for the handling log. It knows
 * nothing of who may act: that is {@link AccessRules}.
 */
final class Appeal {

    private final Deadlines deadlines;
    private final WorkflowState s;
    private final List<LoggedEvent> events = new ArrayList<>();

    Appeal(WorkflowState state, Deadlines deadlines) {
        this.s = Objects.requireNonNull(state);
        this.deadlines = Objects.requireNonNull(deadlines);
    }

    /** A new appeal in 受理, waiting to be dispatched. */
    static Appeal receive(UUID id, AppealType type, Urgency urgency, Step step, Deadlines deadlines) {
        Appeal appeal = new Appeal(
                WorkflowState.received(id, type, urgency, step.at(), deadlines.dispatchBy(step.at())), deadlines);
        appeal.log(AppealAction.RECEIVE, null, step, null, EventDetail.none());
        return appeal;
    }

    /** The state to store; its {@code version} is the one it was loaded with. */
    WorkflowState state() {
        return s;
    }

    /** The events recorded since the appeal was loaded, oldest first. */
    List<LoggedEvent> events() {
        return List.copyOf(events);
    }

    /** Whether the state (and, for the return and extension windows, the time) allows the action now. */
    boolean permits(AppealAction action, Instant now) {
        return Moves.permits(s, deadlines.settings(), action, now);
    }

    /** 派单: the first assignment to a department. */
    void dispatch(UUID department, Step step) {
        Objects.requireNonNull(department);
        require(AppealAction.DISPATCH, step);
        assign(AppealAction.DISPATCH, department, step, null, false);
    }

    /** 改派: a dispatched appeal nobody acknowledged yet moves to another department. */
    void redispatch(UUID department, String text, Step step) {
        require(AppealAction.REDISPATCH, step);
        if (department == null || department.equals(s.departmentId)) {
            throw new Refusal("appeals.error.sameDepartment");
        }
        assign(AppealAction.REDISPATCH, department, step, text, true);
    }

    /** 签收: the department's reply clock keeps running from the dispatch; the return window opens. */
    void acknowledge(Step step) {
        require(AppealAction.ACKNOWLEDGE, step);
        move(AppealAction.ACKNOWLEDGE, AppealState.ACKNOWLEDGED, s.replyDeadline, step, EventDetail.none());
        s.returnDeadline = deadlines.returnBy(step.at());
    }

    /** 申请退回 with a written reason, within the return window. */
    void requestReturn(String reason, Step step) {
        requireText(reason);
        if (s.state == AppealState.ACKNOWLEDGED
                && s.returnDeadline != null
                && step.at().isAfter(s.returnDeadline)) {
            throw new Refusal("appeals.error.returnWindowClosed");
        }
        require(AppealAction.REQUEST_RETURN, step);
        move(AppealAction.REQUEST_RETURN, AppealState.RETURN_REQUESTED, s.deadline, step, EventDetail.text(reason));
        s.pendingReturnReason = reason;
    }

    /** 同意退回: the service centre re-dispatches to another department, with fresh deadlines. */
    void approveReturn(UUID department, String text, Step step) {
        require(AppealAction.APPROVE_RETURN, step);
        if (department == null || department.equals(s.departmentId)) {
            throw new Refusal("appeals.error.sameDepartment");
        }
        assign(AppealAction.APPROVE_RETURN, department, step, text, true);
    }

    /** 驳回退回: back to the same department, whose reply deadline never stopped; no second return. */
    void rejectReturn(String reason, Step step) {
        requireText(reason);
        require(AppealAction.REJECT_RETURN, step);
        move(AppealAction.REJECT_RETURN, AppealState.ACKNOWLEDGED, s.deadline, step, EventDetail.text(reason));
        s.pendingReturnReason = null;
        s.returnDeadline = null;
    }

    /** 申请延期 before the reply deadline, within the zone's total allowance. */
    void requestExtension(int days, String reason, Step step) {
        requireText(reason);
        int left = deadlines.settings().maxExtensionDays() - s.extensionDays;
        if (days < 1 || days > left) {
            throw new Refusal("appeals.error.extensionDays", Math.max(0, left));
        }
        if (Moves.HANDLING.contains(s.state) && !step.at().isBefore(s.replyDeadline)) {
            throw new Refusal("appeals.error.extensionTooLate");
        }
        require(AppealAction.REQUEST_EXTENSION, step);
        log(AppealAction.REQUEST_EXTENSION, s.state, step, s.deadline, new EventDetail(reason, null, null, days));
        s.pendingExtensionDays = days;
        s.pendingExtensionReason = reason;
    }

    /** 同意延期: the reply deadline moves on by the days asked for. */
    void approveExtension(String text, Step step) {
        require(AppealAction.APPROVE_EXTENSION, step);
        int days = s.pendingExtensionDays;
        Instant before = s.deadline;
        s.replyDeadline = deadlines.extend(s.replyDeadline, days);
        s.deadline = s.replyDeadline;
        s.extensionDays += days;
        clearPendingExtension();
        log(AppealAction.APPROVE_EXTENSION, s.state, step, before, new EventDetail(text, null, null, days));
    }

    void rejectExtension(String reason, Step step) {
        requireText(reason);
        require(AppealAction.REJECT_EXTENSION, step);
        Integer days = s.pendingExtensionDays;
        clearPendingExtension();
        log(AppealAction.REJECT_EXTENSION, s.state, step, s.deadline, new EventDetail(reason, null, null, days));
    }

    /** 开始办理: the return window closes. */
    void start(Step step) {
        require(AppealAction.START, step);
        move(AppealAction.START, AppealState.IN_PROGRESS, s.deadline, step, EventDetail.none());
        s.returnDeadline = null;
    }

    void note(String text, Step step) {
        requireText(text);
        require(AppealAction.NOTE, step);
        log(AppealAction.NOTE, s.state, step, s.deadline, EventDetail.text(text));
    }

    /** 回复 with the result; the revisit is due the next working day. */
    void reply(String text, boolean resolved, Step step) {
        requireText(text);
        require(AppealAction.REPLY, step);
        clearPendingExtension();
        s.resolved = resolved;
        EventDetail detail = new EventDetail(text, null, resolved, null);
        move(AppealAction.REPLY, AppealState.REPLIED, deadlines.revisitBy(step.at()), step, detail);
    }

    /** 回访 with the enterprise's satisfaction. */
    void revisit(Satisfaction verdict, String text, Step step) {
        Objects.requireNonNull(verdict);
        require(AppealAction.REVISIT, step);
        s.satisfaction = verdict;
        move(AppealAction.REVISIT, AppealState.REVISITED, null, step, new EventDetail(text, verdict, null, null));
    }

    /** 重新办理 after a dissatisfied revisit: the same department, a new reply deadline. */
    void reopen(String reason, Step step) {
        requireText(reason);
        require(AppealAction.REOPEN, step);
        s.replyDeadline = deadlines.replyBy(step.at(), s.type);
        s.resolved = null;
        s.satisfaction = null;
        move(AppealAction.REOPEN, AppealState.IN_PROGRESS, s.replyDeadline, step, EventDetail.text(reason));
    }

    /** 办结, resolved or not. */
    void close(boolean resolved, String text, Step step) {
        require(AppealAction.CLOSE, step);
        s.outcome = resolved ? Outcome.RESOLVED : Outcome.UNRESOLVED;
        s.closedAt = step.at();
        move(AppealAction.CLOSE, AppealState.CLOSED, null, step, new EventDetail(text, null, resolved, null));
    }

    /** Closes this duplicate into its master. */
    void mergeInto(UUID master, String text, Step step) {
        if (master == null || master.equals(s.id)) {
            throw new Refusal("appeals.error.mergeSelf");
        }
        require(AppealAction.MERGE, step);
        s.outcome = Outcome.MERGED;
        s.mergedInto = master;
        s.closedAt = step.at();
        clearPendingExtension();
        s.pendingReturnReason = null;
        s.returnDeadline = null;
        move(AppealAction.MERGE, AppealState.CLOSED, null, step, EventDetail.text(text));
    }

    void labourUpdated(String text, Step step) {
        log(AppealAction.UPDATE_LABOUR, s.state, step, s.deadline, EventDetail.text(text));
    }

    /** 催办 of the current step; remembers which deadline was reminded. */
    void remind(String text, Step step) {
        require(AppealAction.REMIND, step);
        log(AppealAction.REMIND, s.state, step, s.deadline, EventDetail.text(text));
        s.remindedDeadline = s.deadline;
    }

    /** 督办: the leaders were told; once per appeal. */
    void escalate(String text, Step step) {
        require(AppealAction.ESCALATE, step);
        log(AppealAction.ESCALATE, s.state, step, s.deadline, EventDetail.text(text));
        s.escalated = true;
    }

    /** The calendar changed: the deadlines in force become {@code schedule}, logged as a note by the system. */
    void reschedule(DeadlineReplay.Schedule schedule, String text, Step step) {
        Instant before = s.deadline;
        s.deadline = schedule.deadline();
        s.replyDeadline = schedule.replyDeadline();
        s.returnDeadline = schedule.returnDeadline();
        log(AppealAction.NOTE, s.state, step, before, EventDetail.text(text));
    }

    private void assign(AppealAction action, UUID department, Step step, String text, boolean redispatch) {
        Instant before = s.deadline;
        AppealState from = s.state;
        UUID previous = s.departmentId;
        s.departmentId = department;
        s.state = AppealState.DISPATCHED;
        s.deadline = deadlines.acknowledgeBy(step.at(), s.urgency);
        s.replyDeadline = deadlines.replyBy(step.at(), s.type);
        s.returnDeadline = null;
        s.extensionDays = 0;
        s.pendingReturnReason = null;
        clearPendingExtension();
        events.add(event(action, from, step, before, previous, EventDetail.text(text), redispatch));
    }

    private void move(AppealAction action, AppealState to, Instant next, Step step, EventDetail detail) {
        Instant before = s.deadline;
        AppealState from = s.state;
        s.state = to;
        s.deadline = next;
        log(action, from, step, before, detail);
    }

    private void clearPendingExtension() {
        s.pendingExtensionDays = null;
        s.pendingExtensionReason = null;
    }

    private void log(AppealAction action, AppealState from, Step step, Instant before, EventDetail detail) {
        events.add(event(action, from, step, before, s.departmentId, detail, false));
    }

    private LoggedEvent event(
            AppealAction action,
            AppealState from,
            Step step,
            Instant before,
            UUID departmentBefore,
            EventDetail detail,
            boolean redispatch) {
        return new LoggedEvent(
                action,
                from,
                s.state,
                step.at(),
                step.actor(),
                departmentBefore,
                s.departmentId,
                redispatch,
                detail.text(),
                detail.satisfaction(),
                detail.resolved(),
                detail.extensionDays(),
                before,
                s.deadline,
                before == null ? null : !step.at().isAfter(before),
                deadlines.overdueWorkingDays(before, step.at()),
                deadlines.workingDaysTaken(s.receivedAt, step.at()));
    }

    private void require(AppealAction action, Step step) {
        if (!permits(action, step.at())) {
            throw new Refusal("appeals.error.illegalMove", action, s.state);
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a written text is required");
        }
    }
}
