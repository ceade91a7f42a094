package com.parkops.projects.domain;

import com.parkops.investment.Stage;
import com.parkops.projects.CampaignGoal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored campaign and its targets in order. */
record CampaignRow(
        UUID id,
        String name,
        LocalDate startsOn,
        LocalDate deadline,
        String description,
        int version,
        List<Target> targets) {

    /** A stored target: a stage goal or a text goal with the date it was marked done. */
    record Target(UUID id, UUID projectId, CampaignGoal goal, Stage stage, String text, LocalDate doneOn) {}

    CampaignRow withTargets(List<Target> found) {
        return new CampaignRow(id, name, startsOn, deadline, description, version, found);
    }
}
