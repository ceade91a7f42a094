package com.parkops.registry.web;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseFilter;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import org.springframework.stereotype.Component;

/**
 * What a user may see of the registry: staff, leaders and stewards the whole zone; an enterprise
 * user only its own enterprise. Anything else is answered as if it did not exist.
 */
@Component
class Visibility {

    private final EnterpriseQueries queries;

    Visibility(EnterpriseQueries queries) {
        this.queries = queries;
    }

    /** The enterprise with this code, if it exists in the user's zone and the user may see it. */
    Enterprise enterprise(ZoneUser user, String creditCode) {
        return queries.find(user.zoneId(), creditCode)
                .filter(enterprise -> user.maySee(enterprise.id()))
                .orElseThrow(() -> new NotFoundException("No enterprise " + creditCode + " visible to you"));
    }

    /** An enterprise user's own enterprise. */
    Enterprise own(ZoneUser user) {
        return user.enterpriseId()
                .filter(id -> user.is(Role.ENTERPRISE))
                .flatMap(id -> queries.findById(user.zoneId(), id))
                .orElseThrow(() -> new NotFoundException("No enterprise bound to " + user.getUsername()));
    }

    EnterpriseFilter scope(ZoneUser user, EnterpriseFilter filter) {
        if (user.role().seesWholeZone()) {
            return filter;
        }
        return filter.restrictedTo(user.enterpriseId().orElseThrow());
    }

    static boolean mayEdit(ZoneUser user) {
        return user.is(Role.ADMIN) || user.is(Role.STAFF);
    }
}
