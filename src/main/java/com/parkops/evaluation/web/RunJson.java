package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.Scheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A run as the API gives it. */
record RunJson(
        UUID id,
        int year,
        String status,
        String schemeName,
        UUID schemeId,
        int covered,
        String createdBy,
        Instant createdAt,
        Instant publishedAt,
        LocalDate objectionUntil,
        Instant finalizedAt,
        UUID supersedes,
        UUID supersededBy,
        Scheme scheme) {

    static RunJson of(EvaluationRun run) {
        return new RunJson(
                run.id(),
                run.year(),
                run.status().name(),
                run.schemeName(),
                run.schemeId(),
                run.covered(),
                run.createdBy(),
                run.createdAt(),
                run.publishedAt(),
                run.objectionUntil(),
                run.finalizedAt(),
                run.supersedes(),
                run.supersededBy(),
                run.scheme());
    }
}
