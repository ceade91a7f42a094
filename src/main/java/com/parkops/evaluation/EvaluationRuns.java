package com.parkops.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Runs of the evaluation and their results; every write is audited. */
public interface EvaluationRuns {

    /**
     * Which results of a run to show; a null (or blank) part does not filter.
     *
     * @param poolIndex the pool, by its position in the run's scheme
     * @param grade the grade that counts (after a veto or adjustment)
     * @param text part of the enterprise's name or credit code, case-insensitive
     */
    record ResultFilter(Integer poolIndex, Grade grade, String text) {

        public static ResultFilter none() {
            return new ResultFilter(null, null, null);
        }
    }

    /** One page of a run's results in the order of {@link #results(UUID, UUID)}; {@code number} counts from 0. */
    record ResultPage(List<EvaluationResult> content, int number, int size, long totalElements) {

        public ResultPage {
            content = List.copyOf(content);
        }

        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        }
    }

    /** How many results of one pool have one grade (the grade that counts). */
    record GradeCount(int poolIndex, String pool, Grade grade, int count) {}

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

    /** The result of the enterprise with this credit code in the run. */
    Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode);

    /**
     * A page of the run's results that match the filter, by pool, then rank (T last).
     *
     * @param page from 0
     * @param size results per page, at least 1
     */
    ResultPage results(UUID zoneId, UUID runId, ResultFilter filter, int page, int size);

    /** The run's results counted per pool and grade; a pool or grade without results is absent. */
    List<GradeCount> gradeCounts(UUID zoneId, UUID runId);

    /**
     * Hands every result of the run to {@code each}, in the order of {@link #results(UUID, UUID)},
     * fetched in batches so that a run of any size streams (e.g. into an export).
     */
    void forEachResult(UUID zoneId, UUID runId, Consumer<EvaluationResult> each);

    /**
     * Every result of the enterprise in runs that are published or final (never drafts, never
     * superseded runs), newest year first, then newest run first.
     */
    List<EvaluationResult> publishedResults(UUID zoneId, UUID enterpriseId);

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
