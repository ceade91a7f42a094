package com.parkops.appeals.domain;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealState;
import com.parkops.appeals.Channel;
import com.parkops.zone.Notifications;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next, in the caller's transaction: the department of a new assignment or
 * a decision, the service centre of a new portal appeal and of return and extension requests, the
 * enterprise of the reply and of a merge, the leaders of an escalation.
 */
@Component
class AppealNotifier {

    /** The steps the service centre owes (dispatch, revisit): their reminders go to it. */
    private static final java.util.Set<AppealState> SERVICE_CENTRE_STEPS =
            java.util.EnumSet.of(AppealState.ACCEPTED, AppealState.REPLIED);

    private final Notifications notifications;
    private final Users users;
    private final AppealMessages messages;

    AppealNotifier(Notifications notifications, Users users, AppealMessages messages) {
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
    }

    void after(UUID zoneId, Intake intake, UUID appealId, LoggedEvent event, UUID serviceCentre) {
        AppealAction kind = event.kind();
        if (kind == AppealAction.RECEIVE && intake.channel() != Channel.PORTAL) {
            return;
        }
        Notifications.Message message = message(kind, intake, appealId);
        switch (kind) {
            case RECEIVE, REQUEST_RETURN, REQUEST_EXTENSION -> toServiceCentre(zoneId, serviceCentre, message);
            case DISPATCH, REDISPATCH, APPROVE_RETURN ->
                notifications.toDepartment(zoneId, event.assignedDepartmentId(), message);
            case REJECT_RETURN, APPROVE_EXTENSION, REJECT_EXTENSION, REOPEN ->
                notifications.toDepartment(zoneId, event.departmentId(), message);
            case REPLY, MERGE -> toEnterprise(zoneId, intake.enterpriseId(), message);
            case REMIND -> {
                if (event.departmentId() == null || SERVICE_CENTRE_STEPS.contains(event.fromState())) {
                    toServiceCentre(zoneId, serviceCentre, message);
                } else {
                    notifications.toDepartment(zoneId, event.departmentId(), message);
                }
            }
            case ESCALATE -> notifications.toRole(zoneId, Role.LEADER, message);
            default -> {
                // notes, starts, revisits and closing tell nobody
            }
        }
    }

    private Notifications.Message message(AppealAction kind, Intake intake, UUID appealId) {
        String key = "appeals.notify." + kind.name();
        // stored in the zone's language for e-mail and the robot, with the keys for each reader's inbox
        return new Notifications.Message(
                "appeal." + kind.path(),
                messages.stored(key + ".subject", intake.caseNumber()),
                messages.stored(key + ".body", intake.caseNumber(), intake.title()),
                "/appeals/" + appealId,
                key + ".subject",
                key + ".body",
                List.of(intake.caseNumber(), intake.title()));
    }

    private void toServiceCentre(UUID zoneId, UUID serviceCentre, Notifications.Message message) {
        if (serviceCentre == null) {
            notifications.toRole(zoneId, Role.ADMIN, message);
        } else {
            notifications.toDepartment(zoneId, serviceCentre, message);
        }
    }

    private void toEnterprise(UUID zoneId, UUID enterpriseId, Notifications.Message message) {
        if (enterpriseId == null) {
            return;
        }
        List<UUID> clerks = users.list(zoneId).stream()
                .filter(u -> u.role() == Role.ENTERPRISE && enterpriseId.equals(u.enterpriseId()))
                .map(Users.UserView::id)
                .toList();
        notifications.toUsers(zoneId, clerks, message);
    }
}
