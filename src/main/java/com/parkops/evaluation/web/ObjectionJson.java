package com.parkops.evaluation.web;

import com.parkops.evaluation.Objection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An objection as the API gives it; {@code size} of an attachment is in bytes. */
record ObjectionJson(
        UUID id,
        UUID runId,
        int year,
        String creditCode,
        String enterpriseName,
        String grade,
        String status,
        String reason,
        String filedBy,
        Instant filedAt,
        LocalDate objectionUntil,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        int version,
        List<AttachmentJson> attachments) {

    record AttachmentJson(UUID id, String name, String contentType, long size) {}

    static ObjectionJson of(Objection objection) {
        return new ObjectionJson(
                objection.id(),
                objection.runId(),
                objection.year(),
                objection.creditCode(),
                objection.enterpriseName(),
                objection.grade().name(),
                objection.status().name(),
                objection.reason(),
                objection.filedBy(),
                objection.filedAt(),
                objection.objectionUntil(),
                objection.decisionReason(),
                objection.decidedBy(),
                objection.decidedAt(),
                objection.version(),
                objection.attachments().stream()
                        .map(a -> new AttachmentJson(a.id(), a.name(), a.contentType(), a.size()))
                        .toList());
    }
}
