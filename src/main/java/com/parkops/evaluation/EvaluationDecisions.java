package com.parkops.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff decisions on draft runs: veto items, manual adjustments (调档) and manual bonus/penalty
 * items, each with a reason and an approver. Each change re-scores the draft (totals, ranks and
 * grades); a run that is not a draft → conflict. Every write is audited (entity type {@code
 * evaluation-decision}).
 */
public interface EvaluationDecisions {

    /** The longest reason, in characters. */
    int MAX_REASON = 2000;

    /** The longest approver, in characters. */
    int MAX_APPROVER = 200;

    /**
     * A decision as staff enter it.
     *
     * @param kind {@code VETO}, {@code ADJUST} or {@code ITEM}
     * @param code VETO: one of the run's veto items; ITEM: a bonus or penalty item of the
     *     enterprise's pool that does not apply by qualification
     * @param steps ADJUST: +1 or −1
     */
    record NewDecision(String creditCode, String kind, String code, Integer steps, String reason, String approver) {}

    /**
     * Records the decision and re-scores the draft. Invalid input → invalid input with every
     * problem; a second veto or adjustment of the enterprise, or the same item twice → conflict.
     */
    Decision add(UUID zoneId, String actor, UUID runId, NewDecision decision);

    /** The result of the enterprise with this credit code in the run. */
    Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode);

    /** The run's decisions, oldest first; {@code creditCode} null = every enterprise's. */
    List<Decision> list(UUID zoneId, UUID runId, String creditCode);

    /** Removes a decision of a draft and re-scores it; unknown → not found. */
    void remove(UUID zoneId, String actor, UUID runId, UUID decisionId);
}
