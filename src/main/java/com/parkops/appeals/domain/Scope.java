package com.parkops.appeals.domain;

import com.parkops.zone.Role;
import java.util.Map;

/**
 * The data scope as an SQL condition on {@code appeals.appeal a}: an enterprise its own appeals;
 * department staff those assigned to their department now or ever, and those they took in; the
 * service centre, administrators and leaders all; anyone else nothing.
 */
record Scope(String condition, Map<String, Object> params) {

    static Scope of(Actor actor) {
        if (AccessRules.seesAll(actor)) {
            return new Scope("true", Map.of());
        }
        if (actor.is(Role.ENTERPRISE) && actor.enterpriseId() != null) {
            return new Scope("a.enterprise_id = :scopeEnterprise", Map.of("scopeEnterprise", actor.enterpriseId()));
        }
        if (actor.is(Role.STAFF) && actor.departmentId() != null) {
            return new Scope("""
                    (a.department_id = :scopeDepartment or a.received_by = :scopeUser
                     or exists (select 1 from appeals.appeal_event e where e.zone_id = a.zone_id
                                and e.appeal_id = a.id and e.assigned_department_id = :scopeDepartment))""", Map.of("scopeDepartment", actor.departmentId(), "scopeUser", actor.username()));
        }
        return new Scope("false", Map.of());
    }
}
