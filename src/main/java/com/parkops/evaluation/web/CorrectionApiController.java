package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationCorrections;
import com.parkops.zone.ZoneUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Corrects a published run (更正): 201 with the new draft that will supersede it. */
@RestController
class CorrectionApiController {

    private final EvaluationCorrections corrections;

    CorrectionApiController(EvaluationCorrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/api/v1/evaluation/runs/{id}/correct")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
    RunJson correct(@AuthenticationPrincipal ZoneUser user, @PathVariable UUID id) {
        return RunJson.of(corrections.correct(user.zoneId(), user.getUsername(), id));
    }
}
