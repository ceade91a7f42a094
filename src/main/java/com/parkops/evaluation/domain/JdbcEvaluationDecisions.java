package com.parkops.evaluation.domain;

import com.parkops.evaluation.Decision;
import com.parkops.evaluation.DecisionKind;
import com.parkops.evaluation.EvaluationDecisions;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Veto items, manual adjustments (调档) and manual bonus/penalty items on draft runs; each change
 * re-scores the draft from its stored inputs.
 */
@Service
class JdbcEvaluationDecisions implements EvaluationDecisions {

    static final String ENTITY = "evaluation-decision";

    private final JdbcEvaluationRuns runs;
    private final DecisionStore store;
    private final DecisionRules rules;
    private final AuditLog audit;
    private final EvaluationMessages messages;

    JdbcEvaluationDecisions(
            JdbcEvaluationRuns runs,
            DecisionStore store,
            DecisionRules rules,
            AuditLog audit,
            EvaluationMessages messages) {
        this.runs = runs;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    @Transactional
    public Decision add(UUID zoneId, String actor, UUID runId, NewDecision request) {
        EvaluationRun run = draft(zoneId, runId);
        Decision decision = rules.check(zoneId, actor, run, request);
        List<Decision> existing = store.list(zoneId, runId, decision.creditCode());
        for (Decision earlier : existing) {
            if (earlier.kind() == decision.kind()
                    && (decision.kind() != DecisionKind.ITEM || earlier.code().equals(decision.code()))) {
                throw new ConflictException(messages.text("objections.decision.error.twice." + decision.kind()));
            }
        }
        store.insert(zoneId, runId, decision);
        runs.recompute(zoneId, runId);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                decision.id().toString(),
                "create",
                run.year() + " " + decision.creditCode() + " " + decision.kind(),
                AuditEntry.diff(Map.of(), fields(decision))));
        return store.find(zoneId, runId, decision.id()).orElseThrow();
    }

    @Override
    public Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode) {
        return creditCode == null
                ? Optional.empty()
                : store.subject(zoneId, runId, creditCode)
                        .flatMap(subject -> runs.result(zoneId, runId, subject.enterpriseId()));
    }

    @Override
    public List<Decision> list(UUID zoneId, UUID runId, String creditCode) {
        runs.required(zoneId, runId);
        return store.list(zoneId, runId, creditCode);
    }

    @Override
    @Transactional
    public void remove(UUID zoneId, String actor, UUID runId, UUID decisionId) {
        EvaluationRun run = draft(zoneId, runId);
        Decision decision = store.find(zoneId, runId, decisionId)
                .orElseThrow(() -> new NotFoundException("decision " + decisionId));
        store.delete(zoneId, decisionId);
        runs.recompute(zoneId, runId);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                decisionId.toString(),
                "delete",
                run.year() + " " + decision.creditCode() + " " + decision.kind(),
                AuditEntry.diff(fields(decision), Map.of())));
    }

    /** The run, locked until the end of the transaction, when it is a draft; otherwise conflict. */
    private EvaluationRun draft(UUID zoneId, UUID runId) {
        store.lockRun(zoneId, runId);
        EvaluationRun run = runs.required(zoneId, runId);
        if (run.status() != RunStatus.DRAFT) {
            throw new ConflictException(messages.text(
                    "objections.decision.error.draftOnly", messages.text("evaluation.status." + run.status())));
        }
        return run;
    }

    private static Map<String, Object> fields(Decision decision) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("creditCode", decision.creditCode());
        fields.put("kind", decision.kind().name());
        fields.put("code", decision.code());
        fields.put("steps", decision.steps());
        fields.put("reason", decision.reason());
        fields.put("approver", decision.approver());
        return fields;
    }
}
