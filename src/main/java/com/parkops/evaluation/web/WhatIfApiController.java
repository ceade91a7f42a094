package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationWhatIf;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import com.parkops.zone.ZoneUser;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if comparisons (read-only, nothing stored; ADMIN, LEADER, STAFF) and the path to the next
 * grade (also an enterprise user for its own published result).
 */
@RestController
class WhatIfApiController {

    /**
     * {@code {"runId":…, "base":{…}?, "alternative":{"preset":"…"} | {"schemeId":…} |
     * {"scheme":{…}} | {"weights":{"<pool>":{"<code>":w}}, "grades":{"<pool>":{"A":…}}}}}; base
     * absent = the run's own scheme.
     */
    record WhatIfRequest(UUID runId, EvaluationWhatIf.Alternative base, EvaluationWhatIf.Alternative alternative) {}

    private final EvaluationWhatIf whatIf;
    private final PathAccess paths;
    private final EvaluationText text;

    WhatIfApiController(EvaluationWhatIf whatIf, PathAccess paths, EvaluationText text) {
        this.whatIf = whatIf;
        this.paths = paths;
        this.text = text;
    }

    @PostMapping("/api/v1/evaluation/whatif")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF')")
    WhatIfJson compare(@AuthenticationPrincipal ZoneUser user, @RequestBody WhatIfRequest request) {
        if (request.runId() == null) {
            throw new InvalidInputException(
                    text.get("whatif.error.invalid"),
                    List.of(new InputError(null, "runId", text.get("whatif.error.runRequired"))));
        }
        return WhatIfJson.of(whatIf.compare(user.zoneId(), request.runId(), request.base(), request.alternative()));
    }

    @GetMapping("/api/v1/evaluation/runs/{id}/results/{creditCode}/path")
    @PreAuthorize("hasAnyRole('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE')")
    PathJson path(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id, @PathVariable String creditCode) {
        return PathJson.of(paths.path(user, id, creditCode));
    }
}
