package com.parkops.projects;

/**
 * A target's progress on a given day: met (the goal was reached on or before the deadline), not
 * yet (not reached, deadline not passed — the deadline day itself still counts), or missed (not
 * reached by the deadline, or reached only after it).
 */
public enum CampaignTargetStatus {
    MET,
    PENDING,
    MISSED
}
