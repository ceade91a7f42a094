package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Supervision orders (督办单): issued from a meeting's problem by ADMIN or STAFF (the issuer's
 * department becomes the issuing office), replied by STAFF of the target department, then closed
 * (销号) or sent back by ADMIN or STAFF of the issuing office (any administrator when an
 * administrator issued it). An illegal move is a {@link com.parkops.shared.ConflictException}; a
 * user outside the department or office gets {@link org.springframework.security.access.AccessDeniedException}.
 */
public interface SupervisionOrders {

    List<SupervisionOrder> list(UUID zoneId, OrderFilter filter);

    Optional<SupervisionOrder> find(UUID zoneId, UUID id);

    SupervisionOrder issue(ZoneUser user, UUID problemId, OrderAction action);

    SupervisionOrder reply(ZoneUser user, UUID id, OrderAction action);

    SupervisionOrder close(ZoneUser user, UUID id, OrderAction action);

    SupervisionOrder sendBack(ZoneUser user, UUID id, OrderAction action);
}
