package com.parkops.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs of the evaluation and their results; every write is audited. */
public interface EvaluationRuns {

    /**
     * Scores year {@code year} with a copy of {@code scheme} (validated, defaults filled in) from
     * the accepted full-year figures and the registered land, and stores a DRAFT run.
     *
     * @param schemeId the stored scheme it came from, or null
     */
    EvaluationRun create(UUID zoneId, String actor, int year, Scheme scheme, UUID schemeId);

    Optional<EvaluationRun> find(UUID zoneId, UUID runId);

    /** The zone's runs, newest first; {@code year} null = every year. */
    List<EvaluationRun> list(UUID zoneId, Integer year);

    /** Every result of the run, by pool, then rank (T last). */
    List<EvaluationResult> results(UUID zoneId, UUID runId);

    Optional<EvaluationResult> result(UUID zoneId, UUID runId, UUID enterpriseId);

    /**
     * The enterprise's results across years: per year the result of the newest run that is
     * published or final (not drafts, not superseded runs), newest year first.
     */
    List<EvaluationResult> history(UUID zoneId, UUID enterpriseId);

    /** DRAFT → PUBLISHED, opening the objection window; anything else → conflict. */
    EvaluationRun publish(UUID zoneId, String actor, UUID runId);

    /** PUBLISHED → FINAL; anything else → conflict. Final results never change. */
    EvaluationRun finalizeRun(UUID zoneId, String actor, UUID runId);

    /** Deletes a DRAFT run; anything else → conflict. */
    void deleteDraft(UUID zoneId, String actor, UUID runId);
}
