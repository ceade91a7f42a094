package com.parkops.evaluation;

/** Where a run is in its lifecycle: draft → published (公示) → final, or superseded by a correction. */
public enum RunStatus {
    DRAFT,
    PUBLISHED,
    FINAL,
    SUPERSEDED
}
