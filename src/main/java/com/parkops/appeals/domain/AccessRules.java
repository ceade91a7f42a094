package com.parkops.appeals.domain;

import static com.parkops.appeals.AppealAction.*;

import com.parkops.appeals.AppealAction;
import com.parkops.appeals.AppealSettings;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may take which step (the state decides separately whether it is possible now): the service
 * centre dispatches, arbitrates, revisits, reopens, closes, merges and reminds; the staff of the
 * department handling the appeal take it through acknowledgement to the reply; the enterprise may
 * add a note and give its own revisit verdict. Leaders only read; stewards see no appeals.
 */
final class AccessRules {

    static final Set<AppealAction> SERVICE_CENTRE = EnumSet.of(
            DISPATCH,
            REDISPATCH,
            APPROVE_RETURN,
            REJECT_RETURN,
            APPROVE_EXTENSION,
            REJECT_EXTENSION,
            REVISIT,
            REOPEN,
            CLOSE,
            MERGE,
            REMIND,
            NOTE,
            UPDATE_LABOUR);
    static final Set<AppealAction> HANDLER =
            EnumSet.of(ACKNOWLEDGE, REQUEST_RETURN, REQUEST_EXTENSION, START, NOTE, REPLY, UPDATE_LABOUR);
    static final Set<AppealAction> ENTERPRISE = EnumSet.of(NOTE, REVISIT);

    private AccessRules() {}

    /** The signed-in user as the workflow sees them, given the zone's service centre. */
    static Actor actor(ZoneUser user, AppealSettings settings) {
        UUID department = user.departmentId().orElse(null);
        boolean centre = user.is(Role.ADMIN)
                || (user.is(Role.STAFF)
                        && department != null
                        && department.equals(settings.serviceCentreDepartmentId()));
        return new Actor(
                user.id(),
                user.getUsername(),
                user.role(),
                department,
                user.enterpriseId().orElse(null),
                centre);
    }

    /** Whether the user may take appeals in (the portal for enterprises, any other channel for staff). */
    static boolean mayTakeIn(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.STAFF) || actor.is(Role.ENTERPRISE);
    }

    /** The steps the actor's role allows on an appeal now handled by {@code department}, owned by {@code enterprise}. */
    static Set<AppealAction> roleAllows(Actor actor, UUID department, UUID enterprise) {
        Set<AppealAction> allowed = EnumSet.noneOf(AppealAction.class);
        if (actor.serviceCentre()) {
            allowed.addAll(SERVICE_CENTRE);
        }
        if (actor.is(Role.STAFF)
                && actor.departmentId() != null
                && actor.departmentId().equals(department)) {
            allowed.addAll(HANDLER);
        }
        if (actor.is(Role.ENTERPRISE) && enterprise != null && enterprise.equals(actor.enterpriseId())) {
            allowed.addAll(ENTERPRISE);
        }
        return allowed;
    }

    /** Whether the actor sees every appeal of the zone. */
    static boolean seesAll(Actor actor) {
        return actor.serviceCentre() || actor.is(Role.LEADER);
    }
}
