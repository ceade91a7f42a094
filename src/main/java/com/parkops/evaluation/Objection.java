package com.parkops.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An enterprise's objection (异议) to its result in a published run, with the run's facts the
 * queue shows.
 *
 * @param objectionUntil the last day of the run's objection window (公示期), in the zone's time zone
 * @param grade the enterprise's grade in that run
 * @param decisionReason the staff's written reason, once decided
 * @param attachments the files the enterprise attached, in the order given
 */
public record Objection(
        UUID id,
        UUID runId,
        int year,
        String schemeName,
        RunStatus runStatus,
        LocalDate objectionUntil,
        UUID enterpriseId,
        String creditCode,
        String enterpriseName,
        Grade grade,
        ObjectionStatus status,
        String reason,
        String filedBy,
        Instant filedAt,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        int version,
        List<Attachment> attachments) {

    public Objection {
        attachments = List.copyOf(attachments);
    }

    /** One attached file (its content is fetched on its own). {@code size} is in bytes. */
    public record Attachment(UUID id, String name, String contentType, long size) {}
}
