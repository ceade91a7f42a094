package com.parkops.appeals.domain;

import com.parkops.zone.Role;
import java.util.UUID;

/**
 * Who acts on an appeal, as the workflow needs to know it.
 *
 * @param serviceCentre whether the user acts for the service centre (ADMIN, or staff of its department)
 */
record Actor(UUID userId, String username, Role role, UUID departmentId, UUID enterpriseId, boolean serviceCentre) {

    static final String OPEN311 = "open311:";

    /** The scheduler (reminders, escalation). */
    static Actor system() {
        return new Actor(null, "system", null, null, null, false);
    }

    /** An Open311 client, named after its API key. */
    static Actor open311(String keyName) {
        return new Actor(null, OPEN311 + keyName, null, null, null, false);
    }

    /** Whether this is an Open311 client (the only actor whose appeals come from channel OPEN311). */
    boolean open311() {
        return role == null && userId == null && username.startsWith(OPEN311);
    }

    boolean is(Role candidate) {
        return role == candidate;
    }
}
