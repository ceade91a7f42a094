package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.NameTakenException;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService implements Users {

    private static final Map<String, AuditEntry.Change> PASSWORD_CHANGE =
            Map.of("password", new AuditEntry.Change("***", "***"));

    private final UserAccountRepository accounts;
    private final DepartmentRepository departments;
    private final DepartmentService departmentWrites;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserService(
            UserAccountRepository accounts,
            DepartmentRepository departments,
            DepartmentService departmentWrites,
            PasswordEncoder passwords,
            AuditLog audit) {
        this.accounts = accounts;
        this.departments = departments;
        this.departmentWrites = departmentWrites;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional
    public UserView create(NewUser user, String actor) {
        checkBinding(user.role(), user.departmentId(), user.enterpriseId());
        if (accounts.findByUsername(user.username()).isPresent()) {
            throw new NameTakenException(user.username());
        }
        UUID id = UUID.randomUUID();
        try {
            accounts.insert(
                    user.zoneId(),
                    id,
                    user.username(),
                    user.displayName(),
                    passwords.encode(user.rawPassword()),
                    user.role(),
                    user.departmentId(),
                    user.enterpriseId());
        } catch (DuplicateKeyException e) {
            throw new NameTakenException(user.username());
        }
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
    public UserView update(UUID zoneId, UUID id, int version, UserChanges changes, String actor) {
        UserView before = accounts.find(zoneId, id).orElseThrow(() -> new EmptyResultDataAccessException(1));
        UserChanges bound = new UserChanges(
                changes.displayName(),
                changes.role(),
                changes.role() == Role.ENTERPRISE ? null : changes.departmentId(),
                changes.role() == Role.ENTERPRISE ? changes.enterpriseId() : null,
                changes.email(),
                changes.phone(),
                changes.enabled());
        checkBinding(bound.role(), bound.departmentId(), bound.enterpriseId());
        if (before.version() != version || !accounts.update(zoneId, id, version, bound)) {
            throw new OptimisticLockingFailureException(
                    "user " + before.username() + " changed since version " + version);
        }
        UserView after = accounts.find(zoneId, id).orElseThrow();
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "user",
                after.username(),
                "update",
                after.displayName(),
                AuditEntry.diff(editable(before), editable(after))));
        return after;
    }

    @Override
    @Transactional
    public void resetPassword(UUID zoneId, UUID id, String newPassword, String actor) {
        UserView user = accounts.find(zoneId, id).orElseThrow(() -> new EmptyResultDataAccessException(1));
        accounts.updatePassword(zoneId, id, passwords.encode(newPassword));
        accounts.unlock(zoneId, id);
        audit.record(new AuditEntry(
                zoneId, actor, "user", user.username(), "reset-password", user.displayName(), PASSWORD_CHANGE));
    }

    @Override
    @Transactional
    public boolean unlock(UUID zoneId, UUID id, String actor) {
        Optional<UserView> user = accounts.find(zoneId, id);
        if (user.isEmpty() || !accounts.unlock(zoneId, id)) {
            return false;
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "user",
                user.get().username(),
                "unlock",
                user.get().displayName(),
                Map.of("locked", new AuditEntry.Change(user.get().locked(), false))));
        return true;
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
                PASSWORD_CHANGE));
        return true;
    }

    @Override
    public Department createDepartment(UUID zoneId, String name, String shortName, String actor) {
        return departmentWrites.create(zoneId, name, shortName, actor);
    }

    @Override
    public Optional<Department> department(UUID zoneId, UUID id) {
        return departments.find(zoneId, id);
    }

    @Override
    public Department renameDepartment(UUID zoneId, UUID id, int version, String name, String shortName, String actor) {
        return departmentWrites.rename(zoneId, id, version, name, shortName, actor);
    }

    @Override
    public List<Department> departments(UUID zoneId) {
        return departments.list(zoneId);
    }

    @Override
    public Map<UUID, Integer> userCountsByDepartment(UUID zoneId) {
        return departments.userCounts(zoneId);
    }

    @Override
    public boolean anyUser() {
        return accounts.any();
    }

    private static void checkBinding(Role role, UUID departmentId, UUID enterpriseId) {
        if (role == Role.ENTERPRISE && enterpriseId == null) {
            throw new IllegalArgumentException("An enterprise user must be bound to an enterprise");
        }
        if (role == Role.STAFF && departmentId == null) {
            throw new IllegalArgumentException("A staff user must belong to a department");
        }
    }

    private static Map<String, Object> editable(UserView user) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("displayName", user.displayName());
        fields.put("role", user.role());
        fields.put("departmentId", user.departmentId());
        fields.put("enterpriseId", user.enterpriseId());
        fields.put("email", user.email());
        fields.put("phone", user.phone());
        fields.put("enabled", user.enabled());
        return fields;
    }
}
