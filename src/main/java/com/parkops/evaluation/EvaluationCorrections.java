package com.parkops.evaluation;

import java.util.Optional;
import java.util.UUID;

/**
 * Corrections (更正) of published runs. A correction is a new DRAFT run of the same year with the
 * same scheme snapshot, scored afresh from the live figures and registry (staff correct the data
 * there first), carrying the old run's decisions over. Publishing it marks the old run
 * SUPERSEDED; the old run's objections stay with it.
 */
public interface EvaluationCorrections {

    /**
     * Creates the corrected draft of a PUBLISHED run; another status, or a correction of the run
     * already drafted → conflict.
     */
    EvaluationRun correct(UUID zoneId, String actor, UUID runId);

    /** The draft correcting the run, if there is one. */
    Optional<EvaluationRun> pendingCorrection(UUID zoneId, UUID runId);
}
