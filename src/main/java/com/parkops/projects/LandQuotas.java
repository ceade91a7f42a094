package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Land quotas (用地指标) of the zone's investment projects: requests, their approval or rejection,
 * and the allocation of approved quota to parcels. Every write checks the request's {@code version}
 * (a stale one is a {@link com.parkops.shared.ConflictException}), refuses a move its state does not
 * allow (also a conflict), refuses invalid input with every problem ({@link
 * com.parkops.shared.InvalidInputException}, nothing written, e.g. allocating more than is left) and
 * is audited as entity {@code land-request}.
 */
public interface LandQuotas {

    /** Requests of the zone, newest requested first; {@code year} (nullable) filters by requested date. */
    List<LandRequest> list(UUID zoneId, Integer year);

    Optional<LandRequest> find(UUID zoneId, UUID requestId);

    LandRequest request(ZoneUser user, LandRequestData data);

    /** Changes a request that is still awaiting its decision. */
    LandRequest edit(ZoneUser user, UUID requestId, int version, LandRequestData data);

    /** Deletes a request that has no allocation (requested or rejected). */
    void delete(ZoneUser user, UUID requestId, int version);

    /** Approves or rejects a request awaiting its decision (a null {@code approvedMu} rejects). */
    LandRequest decide(ZoneUser user, UUID requestId, int version, LandDecision decision);

    LandRequest allocate(ZoneUser user, UUID requestId, int version, LandAllocationData data);

    /** Takes back a wrongly entered allocation; the request's state follows what is left. */
    LandRequest removeAllocation(ZoneUser user, UUID requestId, int version, UUID allocationId);

    /** The year's figures by allocation date. */
    LandSummary summary(UUID zoneId, int year);
}
