package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.NameTakenException;
import com.parkops.zone.Users.Department;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes to departments, each audited. */
@Service
class DepartmentService {

    private final DepartmentRepository departments;
    private final AuditLog audit;

    DepartmentService(DepartmentRepository departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional
    Department create(UUID zoneId, String name, String shortName, String actor) {
        if (departments.nameTaken(zoneId, name, null)) {
            throw new NameTakenException(name);
        }
        UUID id = UUID.randomUUID();
        departments.insert(zoneId, id, name, shortName);
        Department created = new Department(id, name, shortName, 0);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "department",
                id.toString(),
                "create",
                name,
                AuditEntry.diff(Map.of(), fields(created))));
        return created;
    }

    @Transactional
    Department rename(UUID zoneId, UUID id, int version, String name, String shortName, String actor) {
        Department before = departments.find(zoneId, id).orElseThrow(() -> new EmptyResultDataAccessException(1));
        if (before.version() != version) {
            throw new OptimisticLockingFailureException("department " + id + " changed since version " + version);
        }
        if (departments.nameTaken(zoneId, name, id)) {
            throw new NameTakenException(name);
        }
        if (!departments.rename(zoneId, id, version, name, shortName)) {
            throw new OptimisticLockingFailureException("department " + id + " changed since version " + version);
        }
        Department after = new Department(id, name, shortName, version + 1);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "department",
                id.toString(),
                "update",
                name,
                AuditEntry.diff(fields(before), fields(after))));
        return after;
    }

    private static Map<String, Object> fields(Department department) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", department.name());
        fields.put("shortName", department.shortName());
        return fields;
    }
}
