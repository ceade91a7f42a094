package com.parkops.zone;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and departments of a zone. */
public interface Users {

    /** A new user. {@code departmentId} is required for staff, {@code enterpriseId} for enterprise users. */
    record NewUser(
            UUID zoneId,
            String username,
            String displayName,
            String rawPassword,
            Role role,
            UUID departmentId,
            UUID enterpriseId) {}

    /** A user as listed to administrators; never carries the password hash. */
    record UserView(
            UUID id,
            String username,
            String displayName,
            Role role,
            UUID departmentId,
            UUID enterpriseId,
            String email,
            String phone,
            boolean enabled,
            boolean locked,
            int version) {}

    /** A department (unit) of the zone committee. */
    record Department(UUID id, String name, String shortName, int version) {}

    UserView create(NewUser user, String actor);

    Optional<UserView> find(UUID zoneId, UUID id);

    Optional<UserView> findByUsername(String username);

    List<UserView> list(UUID zoneId);

    /** Changes one's own password after checking the current one; false when it did not match. */
    boolean changePassword(ZoneUser user, String currentPassword, String newPassword);

    Department createDepartment(UUID zoneId, String name, String shortName, String actor);

    List<Department> departments(UUID zoneId);

    /** Whether any user exists at all (first start). */
    boolean anyUser();
}
