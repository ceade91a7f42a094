package com.parkops.zone.domain;

import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Users.UserView;
import com.parkops.zone.ZoneUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    private static final String COLUMNS = """
            zone_id, id, username, display_name, password_hash, role, department_id, enterprise_id,
            email, phone, enabled, locked_until, version
            """;

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID zoneId,
            UUID id,
            String username,
            String displayName,
            String hash,
            Role role,
            UUID department,
            UUID enterprise) {
        jdbc.sql("""
                insert into zone.user_account
                    (zone_id, id, username, display_name, password_hash, role, department_id, enterprise_id,
                     password_changed_at)
                values (:zone, :id, :username, :display, :hash, :role, :department, :enterprise, now())
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("username", username)
                .param("display", displayName)
                .param("hash", hash)
                .param("role", role.name())
                .param("department", department)
                .param("enterprise", enterprise)
                .update();
    }

    Optional<ZoneUser> principal(String username) {
        return jdbc.sql("select " + COLUMNS + " from zone.user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, n) -> toPrincipal(rs))
                .optional();
    }

    Optional<ZoneUser> principal(UUID zoneId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from zone.user_account where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> toPrincipal(rs))
                .optional();
    }

    Optional<UserView> find(UUID zoneId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from zone.user_account where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> toView(rs))
                .optional();
    }

    Optional<UserView> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from zone.user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query((rs, n) -> toView(rs))
                .optional();
    }

    List<UserView> list(UUID zoneId) {
        return jdbc.sql("select " + COLUMNS + " from zone.user_account where zone_id = :zone order by role, username")
                .param("zone", zoneId)
                .query((rs, n) -> toView(rs))
                .list();
    }

    /** Sets a password hash; the version is left alone as no edit form shows the password. */
    void updatePassword(UUID zoneId, UUID id, String hash) {
        jdbc.sql("""
                update zone.user_account set password_hash = :hash, password_changed_at = now()
                where zone_id = :zone and id = :id
                """).param("hash", hash).param("zone", zoneId).param("id", id).update();
    }

    /** Applies an edit when the version still matches; false when it is stale or the user is gone. */
    boolean update(UUID zoneId, UUID id, int version, Users.UserChanges changes) {
        return jdbc.sql("""
                        update zone.user_account
                        set display_name = :display, role = :role, department_id = :department,
                            enterprise_id = :enterprise, email = :email, phone = :phone, enabled = :enabled,
                            version = version + 1
                        where zone_id = :zone and id = :id and version = :version
                        """)
                        .param("display", changes.displayName())
                        .param("role", changes.role().name())
                        .param("department", changes.departmentId())
                        .param("enterprise", changes.enterpriseId())
                        .param("email", changes.email())
                        .param("phone", changes.phone())
                        .param("enabled", changes.enabled())
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                > 0;
    }

    boolean unlock(UUID zoneId, UUID id) {
        return jdbc.sql("""
                        update zone.user_account set failed_attempts = 0, locked_until = null
                        where zone_id = :zone and id = :id
                        """).param("zone", zoneId).param("id", id).update() > 0;
    }

    /** Counts a failed sign-in and locks the account once {@code maxAttempts} is reached. */
    void recordFailure(String username, int maxAttempts, Instant lockUntil) {
        jdbc.sql("""
                update zone.user_account
                set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                where lower(username) = lower(:username)
                """)
                .param("max", maxAttempts)
                .param("until", Timestamp.from(lockUntil))
                .param("username", username)
                .update();
    }

    void recordSuccess(String username) {
        jdbc.sql("""
                update zone.user_account set failed_attempts = 0, locked_until = null, last_login_at = now()
                where lower(username) = lower(:username)
                """).param("username", username).update();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from zone.user_account)")
                .query(Boolean.class)
                .single();
    }

    private static ZoneUser toPrincipal(ResultSet rs) throws SQLException {
        return new ZoneUser(
                rs.getObject("id", UUID.class),
                rs.getObject("zone_id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("department_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class),
                rs.getBoolean("enabled"),
                isLocked(rs));
    }

    private static UserView toView(ResultSet rs) throws SQLException {
        return new UserView(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("department_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("enabled"),
                isLocked(rs),
                rs.getInt("version"));
    }

    private static boolean isLocked(ResultSet rs) throws SQLException {
        Timestamp until = rs.getTimestamp("locked_until");
        return until != null && until.toInstant().isAfter(Instant.now());
    }
}
