package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Counts an open appeal's running deadlines again from when their steps began, as the handling log
 * records them, on a (changed) calendar: dispatch from the receipt, acknowledgement from the last
 * assignment, the reply from the last assignment or reopening plus each extension approved since,
 * the return window from the acknowledgement, the revisit from the reply. Empty when the appeal
 * has no running deadline or its log lacks the step a deadline is counted from.
 */
final class DeadlineReplay {

    /** One row of the handling log as far as deadlines care. */
    record PastStep(AppealAction kind, Instant at, Integer extensionDays) {}

    /** The deadlines in force: the current step's, the reply's and the return window's. */
    record Schedule(Instant deadline, Instant replyDeadline, Instant returnDeadline) {}

    private static final Set<AppealAction> ASSIGNING =
            EnumSet.of(AppealAction.DISPATCH, AppealAction.REDISPATCH, AppealAction.APPROVE_RETURN);

    private DeadlineReplay() {}

    static Optional<Schedule> replay(WorkflowState s, List<PastStep> log, Deadlines deadlines) {
        if (s.state == AppealState.ACCEPTED) {
            return Optional.of(new Schedule(deadlines.dispatchBy(s.receivedAt), s.replyDeadline, s.returnDeadline));
        }
        if (s.state == AppealState.REPLIED) {
            return last(log, EnumSet.of(AppealAction.REPLY), 0)
                    .map(reply ->
                            new Schedule(deadlines.revisitBy(log.get(reply).at()), s.replyDeadline, s.returnDeadline));
        }
        if (s.state != AppealState.DISPATCHED && !Moves.HANDLING.contains(s.state)) {
            return Optional.empty();
        }
        Optional<Integer> assigned = last(log, ASSIGNING, 0);
        if (assigned.isEmpty()) {
            return Optional.empty();
        }
        Instant reply = reply(s, log, assigned.get(), deadlines);
        if (s.state == AppealState.DISPATCHED) {
            Instant acknowledge =
                    deadlines.acknowledgeBy(log.get(assigned.get()).at(), s.urgency);
            return Optional.of(new Schedule(acknowledge, reply, null));
        }
        Instant returnBy = s.returnDeadline == null
                ? null
                : last(log, EnumSet.of(AppealAction.ACKNOWLEDGE), assigned.get())
                        .map(i -> deadlines.returnBy(log.get(i).at()))
                        .orElse(s.returnDeadline);
        return Optional.of(new Schedule(reply, reply, returnBy));
    }

    /** From the last assignment or reopening after it, moved on by each extension approved since. */
    private static Instant reply(WorkflowState s, List<PastStep> log, int assigned, Deadlines deadlines) {
        int start = last(log, EnumSet.of(AppealAction.REOPEN), assigned).orElse(assigned);
        Instant reply = deadlines.replyBy(log.get(start).at(), s.type);
        for (int i = start + 1; i < log.size(); i++) {
            PastStep step = log.get(i);
            if (step.kind() == AppealAction.APPROVE_EXTENSION && step.extensionDays() != null) {
                reply = deadlines.extend(reply, step.extensionDays());
            }
        }
        return reply;
    }

    /** The position of the last step of one of the kinds at or after {@code from}. */
    private static Optional<Integer> last(List<PastStep> log, Set<AppealAction> kinds, int from) {
        for (int i = log.size() - 1; i >= from; i--) {
            if (kinds.contains(log.get(i).kind())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
