package com.parkops.projects;

import com.parkops.investment.Stage;
import java.util.UUID;

/**
 * A target project and its goal: a {@code stage} to reach (for {@link CampaignGoal#STAGE}) or a
 * {@code text} (for {@link CampaignGoal#TEXT}).
 */
public record CampaignTargetData(UUID projectId, CampaignGoal goal, Stage stage, String text) {}
