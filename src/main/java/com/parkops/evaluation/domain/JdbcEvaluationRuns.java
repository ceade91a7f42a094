package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.RunStatus;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.ConflictException;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Zones;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs: scoring a year into a draft, recomputing drafts, and the publication lifecycle. */
@Service
class JdbcEvaluationRuns implements EvaluationRuns {

    static final String ENTITY = "evaluation-run";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEvaluationRuns.class);

    private final RunStore store;
    private final ResultWrites written;
    private final FactsReader facts;
    private final SchemeRules rules;
    private final AuditLog audit;
    private final Zones zones;
    private final JdbcClient jdbc;
    private final EvaluationMessages messages;
    private final RunLifecycleGuard lifecycle;

    JdbcEvaluationRuns(
            RunStore store,
            ResultWrites written,
            FactsReader facts,
            SchemeRules rules,
            AuditLog audit,
            Zones zones,
            JdbcClient jdbc,
            EvaluationMessages messages,
            RunLifecycleGuard lifecycle) {
        this.store = store;
        this.written = written;
        this.facts = facts;
        this.rules = rules;
        this.audit = audit;
        this.zones = zones;
        this.jdbc = jdbc;
        this.messages = messages;
        this.lifecycle = lifecycle;
    }

    @Override
    @Transactional
    public EvaluationRun create(UUID zoneId, String actor, int year, Scheme scheme, UUID schemeId) {
        Scheme valid = rules.validate(scheme);
        UUID id = UUID.randomUUID();
        store.insertRun(zoneId, id, year, schemeId, valid, actor, null);
        List<Scored> results = score(zoneId, year, valid, Map.of());
        long storing = System.nanoTime();
        written.insertResults(zoneId, id, results);
        LOG.debug("evaluation run {}: stored {} results in {} ms", id, results.size(), millis(storing));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("scheme", valid.name());
        after.put("status", RunStatus.DRAFT.name());
        after.put("covered", results.size());
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                id.toString(),
                "create",
                year + " " + valid.name(),
                AuditEntry.diff(Map.of(), after)));
        return store.run(zoneId, id).orElseThrow();
    }

    /** Scores the year afresh from the live figures and registry, with the given decisions. */
    List<Scored> score(UUID zoneId, int year, Scheme valid, Map<UUID, Actions> actions) {
        Set<String> figures = new HashSet<>();
        boolean qualifications = false;
        for (Scheme.Pool pool : valid.pools()) {
            for (Scheme.WeightedIndicator weighted : pool.indicators()) {
                EvaluationIndicator indicator =
                        EvaluationIndicator.byCode(weighted.code()).orElseThrow();
                figures.add(indicator.numerator());
                figures.add(indicator.denominator());
            }
            qualifications |= pool.bonusItems().stream().anyMatch(i -> i.qualification() != null)
                    || pool.penaltyItems().stream().anyMatch(i -> i.qualification() != null);
        }
        long reading = System.nanoTime();
        List<EnterpriseFacts> inputs = facts.read(zoneId, year, figures, qualifications);
        long scoring = System.nanoTime();
        List<Scored> scored = Scoring.score(valid, year, inputs, actions);
        LOG.debug(
                "evaluation {}: read facts of {} enterprises in {} ms, scored in {} ms",
                year,
                inputs.size(),
                (scoring - reading) / 1_000_000,
                millis(scoring));
        return scored;
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * Scores a draft again from the inputs stored with it and the staff's current decisions (a
     * veto, an adjustment or a manual item changes totals, ranks and grades); anything but a
     * draft → conflict.
     */
    @Transactional
    public void recompute(UUID zoneId, UUID runId) {
        EvaluationRun run = required(zoneId, runId);
        requireStatus(run, RunStatus.DRAFT);
        List<EnterpriseFacts> inputs = written.facts(zoneId, runId);
        List<Scored> results = Scoring.score(run.scheme(), run.year(), inputs, store.actions(zoneId, runId));
        written.deleteResults(zoneId, runId);
        written.insertResults(zoneId, runId, results);
    }

    @Override
    public Optional<EvaluationRun> find(UUID zoneId, UUID runId) {
        return store.run(zoneId, runId);
    }

    @Override
    public List<EvaluationRun> list(UUID zoneId, Integer year) {
        return store.runs(zoneId, year);
    }

    @Override
    public List<EvaluationResult> results(UUID zoneId, UUID runId) {
        required(zoneId, runId);
        return store.results(zoneId, runId);
    }

    @Override
    public Optional<EvaluationResult> result(UUID zoneId, UUID runId, UUID enterpriseId) {
        return store.result(zoneId, runId, enterpriseId);
    }

    @Override
    public Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode) {
        return store.result(zoneId, runId, creditCode);
    }

    @Override
    public ResultPage results(UUID zoneId, UUID runId, ResultFilter filter, int page, int size) {
        return store.results(zoneId, runId, filter, Math.max(0, page), Math.max(1, size));
    }

    @Override
    public List<GradeCount> gradeCounts(UUID zoneId, UUID runId) {
        return store.gradeCounts(zoneId, runId);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachResult(UUID zoneId, UUID runId, Consumer<EvaluationResult> each) {
        store.forEachResult(zoneId, runId, each);
    }

    @Override
    public List<EvaluationResult> publishedResults(UUID zoneId, UUID enterpriseId) {
        return store.publishedResults(zoneId, enterpriseId);
    }

    @Override
    public List<EvaluationResult> history(UUID zoneId, UUID enterpriseId) {
        return store.history(zoneId, enterpriseId);
    }

    @Override
    @Transactional
    public EvaluationRun publish(UUID zoneId, String actor, UUID runId) {
        EvaluationRun run = required(zoneId, runId);
        requireStatus(run, RunStatus.DRAFT);
        lifecycle.supersedeOnPublish(zoneId, actor, run);
        LocalDate until = zones.today(zoneId).plusDays(objectionDays(zoneId));
        if (!store.move(zoneId, runId, RunStatus.DRAFT, RunStatus.PUBLISHED, actor, until)) {
            throw illegal(run, RunStatus.PUBLISHED);
        }
        transition(zoneId, actor, run, RunStatus.PUBLISHED, "publish");
        return store.run(zoneId, runId).orElseThrow();
    }

    @Override
    @Transactional
    public EvaluationRun finalizeRun(UUID zoneId, String actor, UUID runId) {
        EvaluationRun run = required(zoneId, runId);
        requireStatus(run, RunStatus.PUBLISHED);
        lifecycle.requireSettled(zoneId, runId);
        if (!store.move(zoneId, runId, RunStatus.PUBLISHED, RunStatus.FINAL, actor, null)) {
            throw illegal(run, RunStatus.FINAL);
        }
        transition(zoneId, actor, run, RunStatus.FINAL, "finalize");
        return store.run(zoneId, runId).orElseThrow();
    }

    @Override
    @Transactional
    public void deleteDraft(UUID zoneId, String actor, UUID runId) {
        EvaluationRun run = required(zoneId, runId);
        requireStatus(run, RunStatus.DRAFT);
        store.deleteRun(zoneId, runId);
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                runId.toString(),
                "delete",
                run.year() + " " + run.schemeName(),
                AuditEntry.diff(Map.of("status", run.status().name()), Map.of())));
    }

    /** The zone's objection window in days (公示期), 5 unless the zone set it. */
    int objectionDays(UUID zoneId) {
        return jdbc.sql("select objection_days from evaluation.settings where zone_id = :zone")
                .param("zone", zoneId)
                .query(Integer.class)
                .optional()
                .orElse(5);
    }

    EvaluationRun required(UUID zoneId, UUID runId) {
        return store.run(zoneId, runId).orElseThrow(() -> new NotFoundException("evaluation run " + runId));
    }

    void requireStatus(EvaluationRun run, RunStatus expected) {
        if (run.status() != expected) {
            throw new ConflictException(messages.text(
                    "evaluation.error.status",
                    messages.text("evaluation.status." + run.status()),
                    messages.text("evaluation.status." + expected)));
        }
    }

    private ConflictException illegal(EvaluationRun run, RunStatus to) {
        return new ConflictException(messages.text(
                "evaluation.error.status",
                messages.text("evaluation.status." + run.status()),
                messages.text("evaluation.status." + to)));
    }

    private void transition(UUID zoneId, String actor, EvaluationRun run, RunStatus to, String action) {
        audit.record(new AuditEntry(
                zoneId,
                actor,
                ENTITY,
                run.id().toString(),
                action,
                run.year() + " " + run.schemeName(),
                AuditEntry.diff(Map.of("status", run.status().name()), Map.of("status", to.name()))));
    }
}
