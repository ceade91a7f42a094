package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import com.parkops.indicators.ReportedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an accepted report's figures as the month's accepted revision, through the same pipeline
 * as imports and corrections (batch source {@code SUBMISSION}), so both views and the revision
 * history stay consistent. Runs inside the caller's transaction.
 */
@Component
class SubmissionRevisions {

    private final ImportPipeline pipeline;
    private final JdbcClient jdbc;

    SubmissionRevisions(ImportPipeline pipeline, JdbcClient jdbc) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
    }

    /** Returns the batch id of the new revision; the batch's note names the report. */
    UUID write(UUID zoneId, String actor, Basis basis, ReportedRow row, UUID submissionId) {
        ImportPipeline.Outcome outcome;
        try {
            outcome = pipeline.run(
                    new ImportPipeline.Batch(zoneId, actor, "SUBMISSION", basis, null, "ACCEPTED"),
                    new ReportedRows(List.of(row)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("update indicators.batch set note = :note where zone_id = :zone and id = :id")
                .param("note", "submission " + submissionId)
                .param("zone", zoneId)
                .param("id", outcome.batchId())
                .update();
        return outcome.batchId();
    }
}
