package com.parkops.projects;

import com.parkops.zone.ZoneUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns (百日攻坚): target projects with goals and a deadline, with progress computed from each
 * project's current stage and stage dates. Every change names the campaign's {@code version} (stale
 * = {@link com.parkops.shared.ConflictException}), refuses invalid input with every problem
 * ({@link com.parkops.shared.InvalidInputException}) and is audited as entity {@code campaign}.
 */
public interface Campaigns {

    /** The zone's campaigns with their progress, latest deadline first. */
    List<Campaign> list(UUID zoneId);

    Optional<Campaign> find(UUID zoneId, UUID campaignId);

    Campaign create(ZoneUser user, CampaignData data);

    Campaign edit(ZoneUser user, UUID campaignId, int version, CampaignData data);

    void delete(ZoneUser user, UUID campaignId, int version);

    Campaign addTarget(ZoneUser user, UUID campaignId, int version, CampaignTargetData data);

    Campaign removeTarget(ZoneUser user, UUID campaignId, int version, UUID targetId);

    /** Marks a text goal done on {@code on} (not after today), or not done with a null date. */
    Campaign markDone(ZoneUser user, UUID campaignId, int version, UUID targetId, LocalDate on);
}
