package com.parkops.evaluation;

import java.util.UUID;

/** The zone's evaluation settings: the objection window (公示期) in days. Writes are audited. */
public interface EvaluationSettings {

    int MIN_OBJECTION_DAYS = 3;
    int MAX_OBJECTION_DAYS = 7;
    int DEFAULT_OBJECTION_DAYS = 5;

    /** The settings and their version (0 while the zone keeps the defaults). */
    record Settings(int objectionDays, int version) {}

    Settings get(UUID zoneId);

    /**
     * Sets the objection window; days outside {@value #MIN_OBJECTION_DAYS}..{@value
     * #MAX_OBJECTION_DAYS} → invalid input; {@code version} (optional) not the current one →
     * conflict.
     */
    Settings update(UUID zoneId, String actor, Integer objectionDays, Integer version);
}
