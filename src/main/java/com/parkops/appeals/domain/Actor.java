package com.parkops.appeals.domain;

import com.parkops.zone.Role;
import java.util.UUID;

/**
 * Who acts on an appeal, as the workflow needs to know it.
 *
 * @param serviceCentre whether the user acts for the service centre (ADMIN, or staff of its department)
 */
record Actor(UUID userId, String username, Role role, UUID departmentId, UUID enterpriseId, boolean serviceCentre) {

    /** The scheduler (reminders, escalation). */
    static Actor system() {
        return new Actor(null, "system", null, null, null, false);
    }

    boolean is(Role candidate) {
        return role == candidate;
    }
}
