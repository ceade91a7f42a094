package com.parkops.projects;

/**
 * The kind of a campaign target's goal: reach a pipeline stage ({@link com.parkops.investment.Stage})
 * by the deadline, judged from the project itself, or a free-text goal a clerk marks done.
 */
public enum CampaignGoal {
    STAGE,
    TEXT
}
