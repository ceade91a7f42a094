package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService implements Users {

    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserService(UserAccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional
    public UserView create(NewUser user, String actor) {
        if (user.role() == Role.ENTERPRISE && user.enterpriseId() == null) {
            throw new IllegalArgumentException("An enterprise user must be bound to an enterprise");
        }
        if (user.role() == Role.STAFF && user.departmentId() == null) {
            throw new IllegalArgumentException("A staff user must belong to a department");
        }
        UUID id = UUID.randomUUID();
        accounts.insert(
                user.zoneId(),
                id,
                user.username(),
                user.displayName(),
                passwords.encode(user.rawPassword()),
                user.role(),
                user.departmentId(),
                user.enterpriseId());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", user.username());
        fields.put("displayName", user.displayName());
        fields.put("role", user.role());
        fields.put("departmentId", user.departmentId());
        fields.put("enterpriseId", user.enterpriseId());
        audit.record(new AuditEntry(
                user.zoneId(),
                actor,
                "user",
                user.username(),
                "create",
                user.displayName(),
                AuditEntry.diff(Map.of(), fields)));
        return accounts.find(user.zoneId(), id).orElseThrow();
    }

    @Override
    public Optional<UserView> find(UUID zoneId, UUID id) {
        return accounts.find(zoneId, id);
    }

    @Override
    public Optional<UserView> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Override
    public List<UserView> list(UUID zoneId) {
        return accounts.list(zoneId);
    }

    @Override
    @Transactional
    public boolean changePassword(ZoneUser user, String currentPassword, String newPassword) {
        String hash = accounts.principal(user.zoneId(), user.id())
                .map(ZoneUser::getPassword)
                .orElseThrow();
        if (!passwords.matches(currentPassword, hash)) {
            return false;
        }
        accounts.updatePassword(user.zoneId(), user.id(), passwords.encode(newPassword));
        audit.record(new AuditEntry(
                user.zoneId(),
                user.getUsername(),
                "user",
                user.getUsername(),
                "password",
                "password changed",
                Map.of("password", new AuditEntry.Change("***", "***"))));
        return true;
    }

    @Override
    @Transactional
    public Department createDepartment(UUID zoneId, String name, String shortName, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into zone.department (zone_id, id, name, short_name) values (:zone, :id, :name, :short)")
                .param("zone", zoneId)
                .param("id", id)
                .param("name", name)
                .param("short", shortName)
                .update();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortName", shortName);
        audit.record(new AuditEntry(
                zoneId, actor, "department", id.toString(), "create", name, AuditEntry.diff(Map.of(), fields)));
        return new Department(id, name, shortName, 0);
    }

    @Override
    public List<Department> departments(UUID zoneId) {
        return jdbc.sql("select id, name, short_name, version from zone.department where zone_id = :zone order by name")
                .param("zone", zoneId)
                .query(Department.class)
                .list();
    }

    @Override
    public boolean anyUser() {
        return accounts.any();
    }
}
