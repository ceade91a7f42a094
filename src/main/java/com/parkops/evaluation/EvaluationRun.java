package com.parkops.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One run: a year scored with a snapshot of a scheme.
 *
 * @param objectionUntil the last day enterprises may object (公示期), set on publication
 * @param supersedes the run this one corrects, or null
 * @param supersededBy the corrected run that replaced this one, or null
 * @param covered how many enterprises have a result
 */
public record EvaluationRun(
        UUID id,
        int year,
        UUID schemeId,
        String schemeName,
        Scheme scheme,
        RunStatus status,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        LocalDate objectionUntil,
        String finalizedBy,
        Instant finalizedAt,
        UUID supersedes,
        UUID supersededBy,
        int covered,
        int version) {}
