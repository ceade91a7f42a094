package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealSettings;
import com.parkops.appeals.AppealState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Which moves an appeal's state allows (and, for the return and extension windows, at what time). */
final class Moves {

    /** The states in which a department holds the appeal. */
    static final Set<AppealState> HANDLING =
            EnumSet.of(AppealState.ACKNOWLEDGED, AppealState.RETURN_REQUESTED, AppealState.IN_PROGRESS);

    private Moves() {}

    static boolean permits(WorkflowState s, AppealSettings settings, AppealAction action, Instant now) {
        AppealState state = s.state;
        return switch (action) {
            case RECEIVE -> false;
            case DISPATCH -> state == AppealState.ACCEPTED;
            case REDISPATCH, ACKNOWLEDGE -> state == AppealState.DISPATCHED;
            case REQUEST_RETURN ->
                state == AppealState.ACKNOWLEDGED && s.returnDeadline != null && !now.isAfter(s.returnDeadline);
            case APPROVE_RETURN, REJECT_RETURN -> state == AppealState.RETURN_REQUESTED;
            case REQUEST_EXTENSION ->
                (state == AppealState.ACKNOWLEDGED || state == AppealState.IN_PROGRESS)
                        && s.pendingExtensionDays == null
                        && s.extensionDays < settings.maxExtensionDays()
                        && now.isBefore(s.replyDeadline);
            case APPROVE_EXTENSION, REJECT_EXTENSION -> HANDLING.contains(state) && s.pendingExtensionDays != null;
            case START -> state == AppealState.ACKNOWLEDGED;
            case NOTE, MERGE -> state.open();
            case REPLY -> state == AppealState.IN_PROGRESS;
            case REVISIT -> state == AppealState.REPLIED;
            case REOPEN -> state == AppealState.REVISITED && !settings.countsAsSatisfied(s.satisfaction);
            case CLOSE -> state == AppealState.REVISITED;
            case UPDATE_LABOUR -> true;
            case REMIND -> state.open() && s.deadline != null;
            case ESCALATE -> state.open() && s.deadline != null && !s.escalated;
        };
    }
}
