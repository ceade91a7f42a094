package com.parkops.zone;

/** What a user may do. Each maps to the Spring Security authority {@code ROLE_<name>}. */
public enum Role {
    /** IT staff: users, departments, settings, holiday calendar. */
    ADMIN,
    /** Director and deputies: dashboards, reports, approvals. */
    LEADER,
    /** A department's staff: enter and review data, handle cases. */
    STAFF,
    /** An enterprise's clerk: sees only that enterprise. */
    ENTERPRISE,
    /** Contracted environmental steward (环保管家). */
    STEWARD;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Zone-wide staff roles that may see every enterprise of the zone. */
    public boolean seesWholeZone() {
        return this != ENTERPRISE;
    }
}
