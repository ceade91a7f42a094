package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationPaths;
import com.parkops.evaluation.EvaluationPaths.Path;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.RunStatus;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.Role;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see the path of an enterprise in a run: zone staff, leaders and administrators any; an
 * enterprise user only its own, and only once the run is published or final. Anything else is
 * "not found", as if it did not exist.
 */
@Component
class PathAccess {

    private final EvaluationRuns runs;
    private final EvaluationPaths paths;

    PathAccess(EvaluationRuns runs, EvaluationPaths paths) {
        this.runs = runs;
        this.paths = paths;
    }

    Path path(ZoneUser user, UUID runId, String creditCode) {
        EvaluationRun run = runs.find(user.zoneId(), runId).orElseThrow(() -> notFound(runId, creditCode));
        if (user.is(Role.ENTERPRISE)) {
            boolean visible = run.status() == RunStatus.PUBLISHED || run.status() == RunStatus.FINAL;
            UUID own = user.enterpriseId().orElse(null);
            String ownCode = visible && own != null
                    ? runs.result(user.zoneId(), runId, own)
                            .map(EvaluationResult::creditCode)
                            .orElse(null)
                    : null;
            if (ownCode == null || !ownCode.equals(creditCode)) {
                throw notFound(runId, creditCode);
            }
        }
        return paths.path(user.zoneId(), runId, creditCode).orElseThrow(() -> notFound(runId, creditCode));
    }

    private static NotFoundException notFound(UUID runId, String creditCode) {
        return new NotFoundException("evaluation result " + runId + "/" + creditCode);
    }
}
