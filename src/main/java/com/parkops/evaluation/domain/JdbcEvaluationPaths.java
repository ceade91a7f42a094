package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationPaths;
import com.parkops.evaluation.EvaluationRun;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The path to the next grade over a run's stored inputs and current decisions; reads only. */
@Service
class JdbcEvaluationPaths implements EvaluationPaths {

    private final RunStore store;
    private final ResultWrites written;

    JdbcEvaluationPaths(RunStore store, ResultWrites written) {
        this.store = store;
        this.written = written;
    }

    @Override
    public Optional<Path> path(UUID zoneId, UUID runId, String creditCode) {
        Optional<EvaluationRun> run = store.run(zoneId, runId);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        return NextGradeSearch.find(
                runId,
                run.get().scheme(),
                run.get().year(),
                written.facts(zoneId, runId),
                store.actions(zoneId, runId),
                creditCode);
    }
}
