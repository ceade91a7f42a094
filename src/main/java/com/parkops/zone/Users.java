package com.parkops.zone;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users and departments of a zone.
 *
 * <p>Edits carry the {@code version} the editor read: a stale version fails with {@link
 * org.springframework.dao.OptimisticLockingFailureException} and changes nothing. A user name or
 * department name already in use fails with {@link NameTakenException}. Every write is audited.
 */
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

    /**
     * What an administrator may change on a user. {@code departmentId} is required for staff,
     * {@code enterpriseId} for enterprise users (and cleared for every other role).
     */
    record UserChanges(
            String displayName,
            Role role,
            UUID departmentId,
            UUID enterpriseId,
            String email,
            String phone,
            boolean enabled) {}

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

    /**
     * Applies an administrator's edit.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when {@code version} is stale
     * @throws org.springframework.dao.EmptyResultDataAccessException when the user is not in the zone
     */
    UserView update(UUID zoneId, UUID id, int version, UserChanges changes, String actor);

    /** Sets a new password chosen by an administrator and clears any lockout. */
    void resetPassword(UUID zoneId, UUID id, String newPassword, String actor);

    /** Lifts a lockout after failed sign-ins; false when the user is not in the zone. */
    boolean unlock(UUID zoneId, UUID id, String actor);

    /** Changes one's own password after checking the current one; false when it did not match. */
    boolean changePassword(ZoneUser user, String currentPassword, String newPassword);

    Department createDepartment(UUID zoneId, String name, String shortName, String actor);

    Optional<Department> department(UUID zoneId, UUID id);

    /**
     * Renames a department.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when {@code version} is stale
     */
    Department renameDepartment(UUID zoneId, UUID id, int version, String name, String shortName, String actor);

    List<Department> departments(UUID zoneId);

    /** How many users each department has; departments without users are absent. */
    Map<UUID, Integer> userCountsByDepartment(UUID zoneId);

    /** Whether any user exists at all (first start). */
    boolean anyUser();
}
