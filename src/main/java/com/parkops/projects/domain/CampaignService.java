package com.parkops.projects.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.projects.Campaign;
import com.parkops.projects.CampaignData;
import com.parkops.projects.CampaignGoal;
import com.parkops.projects.CampaignTargetData;
import com.parkops.projects.Campaigns;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.ZoneUser;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns and their targets; every change checks the campaign's version and is audited. */
@Service
class CampaignService implements Campaigns {

    static final String ENTITY = "campaign";
    private static final int NAME_MAX = 100;
    private static final int TEXT_MAX = 200;
    private static final int DESCRIPTION_MAX = 2000;

    private final CampaignStore store;
    private final CampaignViews views;
    private final InvestmentProjects projects;
    private final LandMessages messages;
    private final AuditLog audit;
    private final Zones zones;
    private final Clock clock;

    CampaignService(
            CampaignStore store,
            CampaignViews views,
            InvestmentProjects projects,
            LandMessages messages,
            AuditLog audit,
            Zones zones,
            Clock clock) {
        this.store = store;
        this.views = views;
        this.projects = projects;
        this.messages = messages;
        this.audit = audit;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public List<Campaign> list(UUID zoneId) {
        return views.views(zoneId, store.list(zoneId), today(zoneId));
    }

    @Override
    public Optional<Campaign> find(UUID zoneId, UUID campaignId) {
        return store.find(zoneId, campaignId)
                .map(row -> views.views(zoneId, List.of(row), today(zoneId)).get(0));
    }

    @Override
    @Transactional
    public Campaign create(ZoneUser user, CampaignData data) {
        messages.refuse(check(data));
        UUID id = UUID.randomUUID();
        store.insert(user.zoneId(), id, data, user.getUsername(), clock.instant());
        Campaign created = find(user.zoneId(), id).orElseThrow();
        record(user, created, "create", Map.of(), fields(created));
        return created;
    }

    @Override
    @Transactional
    public Campaign edit(ZoneUser user, UUID campaignId, int version, CampaignData data) {
        Campaign before = current(user, campaignId, version);
        messages.refuse(check(data));
        written(store.update(user.zoneId(), campaignId, version, data, clock.instant()));
        Campaign after = find(user.zoneId(), campaignId).orElseThrow();
        record(user, after, "update", fields(before), fields(after));
        return after;
    }

    @Override
    @Transactional
    public void delete(ZoneUser user, UUID campaignId, int version) {
        Campaign before = current(user, campaignId, version);
        written(store.delete(user.zoneId(), campaignId, version));
        record(user, before, "delete", fields(before), Map.of());
    }

    @Override
    @Transactional
    public Campaign addTarget(ZoneUser user, UUID campaignId, int version, CampaignTargetData data) {
        Campaign before = current(user, campaignId, version);
        messages.refuse(check(user.zoneId(), data));
        written(store.update(user.zoneId(), campaignId, version, null, clock.instant()));
        store.insertTarget(user.zoneId(), campaignId, UUID.randomUUID(), data, clock.instant());
        String goal = data.goal() == CampaignGoal.STAGE
                ? data.stage().name()
                : data.text().strip();
        return changed(user, campaignId, "add-target", Map.of(), Map.of("projectId", data.projectId(), "goal", goal));
    }

    @Override
    @Transactional
    public Campaign removeTarget(ZoneUser user, UUID campaignId, int version, UUID targetId) {
        Campaign before = current(user, campaignId, version);
        var target = before.targets().stream()
                .filter(t -> t.id().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("target " + targetId));
        written(store.update(user.zoneId(), campaignId, version, null, clock.instant()));
        store.deleteTarget(user.zoneId(), campaignId, targetId);
        return changed(user, campaignId, "remove-target", Map.of("projectId", target.projectId()), Map.of());
    }

    @Override
    @Transactional
    public Campaign markDone(ZoneUser user, UUID campaignId, int version, UUID targetId, LocalDate on) {
        Campaign before = current(user, campaignId, version);
        var target = before.targets().stream()
                .filter(t -> t.id().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("target " + targetId));
        if (target.goal() != CampaignGoal.TEXT) {
            throw messages.conflict(new LandRefusal("campaign.error.stageGoalNotManual"));
        }
        if (on != null && on.isAfter(today(user.zoneId()))) {
            messages.refuse(List.of(messages.error("doneOn", "land.error.future")));
        }
        written(store.update(user.zoneId(), campaignId, version, null, clock.instant()));
        store.markDone(user.zoneId(), campaignId, targetId, on);
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("doneOn", target.reachedOn());
        Map<String, Object> to = new LinkedHashMap<>();
        to.put("doneOn", on);
        return changed(user, campaignId, on == null ? "undo-target" : "done-target", from, to);
    }

    private Campaign current(ZoneUser user, UUID campaignId, int version) {
        Campaign campaign =
                find(user.zoneId(), campaignId).orElseThrow(() -> new NotFoundException("campaign " + campaignId));
        if (campaign.version() != version) {
            throw messages.stale();
        }
        return campaign;
    }

    private Campaign changed(ZoneUser user, UUID campaignId, String action, Map<String, ?> from, Map<String, ?> to) {
        Campaign after = find(user.zoneId(), campaignId).orElseThrow();
        record(user, after, action, from, to);
        return after;
    }

    private List<InputError> check(CampaignData data) {
        List<InputError> errors = new ArrayList<>();
        text("name", data.name(), NAME_MAX, true, errors);
        text("description", data.description(), DESCRIPTION_MAX, false, errors);
        if (data.startsOn() == null) {
            errors.add(messages.error("startsOn", "land.error.required"));
        }
        if (data.deadline() == null) {
            errors.add(messages.error("deadline", "land.error.required"));
        } else if (data.startsOn() != null && data.deadline().isBefore(data.startsOn())) {
            errors.add(messages.error("deadline", "land.error.before", data.startsOn()));
        }
        return errors;
    }

    private List<InputError> check(UUID zoneId, CampaignTargetData data) {
        List<InputError> errors = new ArrayList<>();
        if (data.projectId() == null) {
            errors.add(messages.error("projectId", "land.error.required"));
        } else if (projects.find(zoneId, data.projectId()).isEmpty()) {
            errors.add(messages.error("projectId", "land.error.unknownProject"));
        }
        if (data.goal() == null) {
            errors.add(messages.error("goal", "land.error.required"));
        } else if (data.goal() == CampaignGoal.STAGE && data.stage() == null) {
            errors.add(messages.error("stage", "land.error.required"));
        } else if (data.goal() == CampaignGoal.TEXT) {
            text("text", data.text(), TEXT_MAX, true, errors);
        }
        return errors;
    }

    private void text(String field, String value, int max, boolean required, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(messages.error(field, "land.error.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(messages.error(field, "land.error.tooLong", max));
        }
    }

    private void written(boolean done) {
        if (!done) {
            throw messages.stale();
        }
    }

    private void record(ZoneUser user, Campaign campaign, String action, Map<String, ?> from, Map<String, ?> to) {
        audit.record(new AuditEntry(
                user.zoneId(),
                user.getUsername(),
                ENTITY,
                campaign.id().toString(),
                action,
                campaign.name(),
                AuditEntry.diff(from, to)));
    }

    private static Map<String, Object> fields(Campaign campaign) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", campaign.name());
        values.put("startsOn", campaign.startsOn());
        values.put("deadline", campaign.deadline());
        values.put("description", campaign.description());
        values.put("targets", campaign.targets().size());
        return values;
    }

    private LocalDate today(UUID zoneId) {
        return zones.today(zoneId);
    }
}
