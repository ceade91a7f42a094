package com.parkops.evaluation.domain;

import com.parkops.evaluation.Decision;
import com.parkops.evaluation.EvaluationCorrections;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrected runs (更正): a fresh draft of a published run that supersedes it once published. */
@Service
class JdbcEvaluationCorrections implements EvaluationCorrections {

    private final JdbcEvaluationRuns runs;
    private final RunStore store;
    private final ResultWrites written;
    private final DecisionStore decisions;
    private final ObjectionStore objections;
    private final RunLifecycleGuard lifecycle;
    private final AuditLog audit;
    private final EvaluationMessages messages;

    JdbcEvaluationCorrections(
            JdbcEvaluationRuns runs,
            RunStore store,
            ResultWrites written,
            DecisionStore decisions,
            ObjectionStore objections,
            RunLifecycleGuard lifecycle,
            AuditLog audit,
            EvaluationMessages messages) {
        this.runs = runs;
        this.store = store;
        this.written = written;
        this.decisions = decisions;
        this.objections = objections;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    @Transactional
    public EvaluationRun correct(UUID zoneId, String actor, UUID runId) {
        objections.lockRun(zoneId, runId, true).orElseThrow(() -> new NotFoundException("evaluation run " + runId));
        EvaluationRun old = runs.required(zoneId, runId);
        if (old.status() != RunStatus.PUBLISHED) {
            throw new ConflictException(messages.text(
                    "objections.error.correctStatus", messages.text("evaluation.status." + old.status())));
        }
        if (lifecycle.pendingCorrection(zoneId, runId).isPresent()) {
            throw new ConflictException(messages.text("objections.error.correctionExists"));
        }
        UUID id = UUID.randomUUID();
        store.insertRun(zoneId, id, old.year(), old.schemeId(), old.scheme(), actor, runId);
        List<Scored> results = runs.score(zoneId, old.year(), old.scheme(), store.actions(zoneId, runId));
        written.insertResults(zoneId, id, results);
        Set<UUID> covered = results.stream().map(r -> r.facts().enterpriseId()).collect(Collectors.toSet());
        int copied = 0;
        for (Decision decision : decisions.list(zoneId, runId, null)) {
            if (covered.contains(decision.enterpriseId())) {
                decisions.insert(zoneId, id, copyOf(decision, id));
                copied++;
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", old.year());
        after.put("scheme", old.schemeName());
        after.put("status", RunStatus.DRAFT.name());
        after.put("supersedes", runId);
        after.put("covered", results.size());
        after.put("decisionsCopied", copied);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                JdbcEvaluationRuns.ENTITY,
                id.toString(),
                "correct",
                old.year() + " " + old.schemeName(),
                AuditEntry.diff(Map.of(), after)));
        return store.run(zoneId, id).orElseThrow();
    }

    @Override
    public Optional<EvaluationRun> pendingCorrection(UUID zoneId, UUID runId) {
        return lifecycle.pendingCorrection(zoneId, runId).flatMap(id -> store.run(zoneId, id));
    }

    private static Decision copyOf(Decision decision, UUID runId) {
        return new Decision(
                UUID.randomUUID(),
                runId,
                decision.enterpriseId(),
                decision.creditCode(),
                decision.kind(),
                decision.code(),
                decision.steps(),
                decision.reason(),
                decision.approver(),
                decision.decidedBy(),
                decision.decidedAt());
    }
}
