package com.parkops.projects.web;

import com.parkops.projects.Campaign;
import com.parkops.projects.Campaigns;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns (百日攻坚) over the API, each answered with its targets' progress today. */
@RestController
@RequestMapping("/api/v1/projects/campaigns")
class CampaignApiController {

    private final Campaigns campaigns;
    private final MessageSourceAccessor messages;

    CampaignApiController(Campaigns campaigns, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = new MessageSourceAccessor(messages);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    List<Campaign> list(@AuthenticationPrincipal ZoneUser user) {
        return campaigns.list(user.zoneId());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    Campaign one(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return campaigns.find(user.zoneId(), id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Campaign create(@AuthenticationPrincipal ZoneUser user, @RequestBody CampaignForm body) {
        return campaigns.create(user, body.toData());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Campaign edit(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody CampaignForm body) {
        return campaigns.edit(user, id, LandInput.version(body.version(), messages), body.toData());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    void delete(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestParam int version) {
        campaigns.delete(user, id, version);
    }

    @PostMapping("/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Campaign addTarget(
            @AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @RequestBody CampaignTargetForm body) {
        return campaigns.addTarget(user, id, LandInput.version(body.version(), messages), body.toData());
    }

    @DeleteMapping("/{id}/targets/{targetId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Campaign removeTarget(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @RequestParam int version) {
        return campaigns.removeTarget(user, id, version, targetId);
    }

    /** Marks a text goal done ({@code done} true, on {@code doneOn} or today) or not done. */
    @PostMapping("/{id}/targets/{targetId}/done")
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    Campaign markDone(
            @AuthenticationPrincipal ZoneUser user,
            @PathVariable UUID id,
            @PathVariable UUID targetId,
            @RequestBody CampaignTargetForm body) {
        int version = LandInput.version(body.version(), messages);
        return campaigns.markDone(
                user, id, version, targetId, Boolean.FALSE.equals(body.done()) ? null : doneOn(user, id, body));
    }

    private java.time.LocalDate doneOn(ZoneUser user, UUID id, CampaignTargetForm body) {
        if (body.doneOn() != null) {
            return body.doneOn();
        }
        return one(user, id).today();
    }
}
