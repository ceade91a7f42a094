package com.parkops.evaluation.web;

import com.parkops.evaluation.Decision;
import java.time.Instant;
import java.util.UUID;

/** A staff decision (veto, adjustment, manual item) as the API gives it. */
record DecisionJson(
        UUID id,
        UUID runId,
        String creditCode,
        String kind,
        String code,
        int steps,
        String reason,
        String approver,
        String decidedBy,
        Instant decidedAt) {

    static DecisionJson of(Decision decision) {
        return new DecisionJson(
                decision.id(),
                decision.runId(),
                decision.creditCode(),
                decision.kind().name(),
                decision.code(),
                decision.steps(),
                decision.reason(),
                decision.approver(),
                decision.decidedBy(),
                decision.decidedAt());
    }
}
