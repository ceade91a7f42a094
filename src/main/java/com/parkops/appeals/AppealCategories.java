package com.parkops.appeals;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The zone's categories and their routing. The nine standard categories are created on first use,
 * each routed to the department whose name suggests it (or to none); administrators change it.
 */
public interface AppealCategories {

    /** Every category of the zone in display order (seeding the standard ones on first use). */
    List<Category> list(UUID zoneId);

    Optional<Category> find(UUID zoneId, UUID categoryId);

    /**
     * Routes the category to a department of the zone (null = none, the service centre dispatches by
     * hand). A stale {@code version} → {@link org.springframework.dao.OptimisticLockingFailureException}.
     */
    Category route(ZoneUser admin, UUID categoryId, UUID departmentId, int version);

    /** Adds a category of the zone's own. */
    Category add(ZoneUser admin, String name, UUID departmentId, boolean labourDispute);
}
