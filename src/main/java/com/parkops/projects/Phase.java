package com.parkops.projects;

/** The phases of a project's schedule, in order: 前期 → 开工 → 建设 → 竣工 → 投产. */
public enum Phase {
    PREPARATION,
    START,
    CONSTRUCTION,
    COMPLETION,
    PRODUCTION
}
