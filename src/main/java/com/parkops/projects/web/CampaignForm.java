package com.parkops.projects.web;

import com.parkops.projects.Campaign;
import com.parkops.projects.CampaignData;
import java.time.LocalDate;

/** A campaign as entered on the page or sent to the API; {@code version} for edits. */
record CampaignForm(Integer version, String name, LocalDate startsOn, LocalDate deadline, String description) {

    static CampaignForm empty(LocalDate today) {
        return new CampaignForm(null, "", today, today.plusDays(99), "");
    }

    static CampaignForm of(Campaign campaign) {
        return new CampaignForm(
                campaign.version(), campaign.name(), campaign.startsOn(), campaign.deadline(), campaign.description());
    }

    CampaignData toData() {
        return new CampaignData(name, startsOn, deadline, description);
    }
}
