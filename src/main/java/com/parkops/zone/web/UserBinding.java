package com.parkops.zone.web;

import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import com.parkops.zone.Role;
import com.parkops.zone.Users;
import com.parkops.zone.Users.Department;
import com.parkops.zone.Users.UserView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks where a user belongs for its role: a department of the zone for staff, an enterprise of
 * the registry for enterprise users. Problems become field errors of the form.
 */
@Component
class UserBinding {

    private final Users users;
    private final EnterpriseLookup enterprises;

    UserBinding(Users users, EnterpriseLookup enterprises) {
        this.users = users;
        this.enterprises = enterprises;
    }

    /**
     * Rejects a missing or foreign department and an unresolvable enterprise.
     *
     * @param currentEnterprise kept when the role is enterprise and no credit code was given
     * @return the enterprise to bind, or null for every role but enterprise
     */
    UUID check(
            UUID zoneId, Role role, UUID departmentId, String enterpriseCode, UUID currentEnterprise, Errors errors) {
        if (departmentId != null && users.department(zoneId, departmentId).isEmpty()) {
            errors.rejectValue("departmentId", "user.department.unknown");
        } else if (role == Role.STAFF && departmentId == null) {
            errors.rejectValue("departmentId", "user.department.required");
        }
        if (role != Role.ENTERPRISE) {
            return null;
        }
        boolean blank = enterpriseCode == null || enterpriseCode.isBlank();
        if (blank && currentEnterprise != null) {
            return currentEnterprise;
        }
        var resolution = enterprises.resolve(zoneId, enterpriseCode);
        if (resolution.problem() != null) {
            errors.rejectValue("enterpriseCode", resolution.problem().messageKey);
            return null;
        }
        return resolution.enterprise().id();
    }

    Map<UUID, String> departmentNames(UUID zoneId) {
        return users.departments(zoneId).stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    Map<UUID, EnterpriseRef> enterprisesOf(UUID zoneId, List<UserView> shown) {
        Map<UUID, EnterpriseRef> found = new HashMap<>();
        shown.stream()
                .map(UserView::enterpriseId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> enterprises.byId(zoneId, id).ifPresent(ref -> found.put(id, ref)));
        return found;
    }

    Optional<EnterpriseRef> enterpriseOf(UUID zoneId, UUID enterpriseId) {
        return enterprises.byId(zoneId, enterpriseId);
    }

    String creditCodeOf(UUID zoneId, UUID enterpriseId) {
        return enterprises
                .byId(zoneId, enterpriseId)
                .map(EnterpriseRef::creditCode)
                .orElse("");
    }
}
