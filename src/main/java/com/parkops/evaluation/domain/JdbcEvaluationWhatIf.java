package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationWhatIf;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** What-if comparisons over a run's stored inputs and decisions; reads only, stores nothing. */
@Service
class JdbcEvaluationWhatIf implements EvaluationWhatIf {

    private final RunStore store;
    private final ResultWrites written;
    private final WhatIfAlternatives alternatives;

    JdbcEvaluationWhatIf(RunStore store, ResultWrites written, WhatIfAlternatives alternatives) {
        this.store = store;
        this.written = written;
        this.alternatives = alternatives;
    }

    @Override
    public Comparison compare(UUID zoneId, UUID runId, Alternative base, Alternative alternative) {
        EvaluationRun run = run(zoneId, runId);
        WhatIfAlternatives.Resolved a = alternatives.base(zoneId, run.scheme(), base);
        WhatIfAlternatives.Resolved b = alternatives.alternative(zoneId, a, alternative);
        List<EnterpriseFacts> facts = written.facts(zoneId, runId);
        Map<UUID, Actions> actions = store.actions(zoneId, runId);
        GradeTransitions.Result result = GradeTransitions.compare(
                facts,
                Scoring.score(a.scheme(), run.year(), facts, actions),
                Scoring.score(b.scheme(), run.year(), facts, actions));
        return new Comparison(
                runId,
                run.year(),
                a.name(),
                b.name(),
                a.scheme(),
                b.scheme(),
                result.enterprises(),
                result.pools(),
                result.movers());
    }

    @Override
    public Scheme scheme(UUID zoneId, UUID runId, Alternative choice) {
        return alternatives.base(zoneId, run(zoneId, runId).scheme(), choice).scheme();
    }

    private EvaluationRun run(UUID zoneId, UUID runId) {
        return store.run(zoneId, runId).orElseThrow(() -> new NotFoundException("evaluation run " + runId));
    }
}
