package com.parkops.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Objections (异议) of enterprises against their result in a published run: filed during the
 * objection window, each decided by staff with a written reason. Every write is audited (entity
 * type {@code evaluation-objection}).
 */
public interface EvaluationObjections {

    /** The longest reason, in characters. */
    int MAX_REASON = 2000;

    /** The most files one objection may carry. */
    int MAX_FILES = 5;

    /** The largest file, in bytes (10 MB). */
    long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** A file to attach, as uploaded. */
    record NewFile(String name, String contentType, byte[] content) {}

    /** An attached file with its content. */
    record Download(String name, String contentType, byte[] content) {}

    /** What the staff queue shows; null = any run, any status. */
    record Filter(UUID runId, ObjectionStatus status) {}

    /** One page of the queue; {@code number} counts from 0. */
    record Page(List<Objection> items, int number, int size, long totalElements) {

        public Page {
            items = List.copyOf(items);
        }

        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        }
    }

    /**
     * Files an objection of the enterprise against its own result. Invalid input (no reason, a
     * reason over {@value #MAX_REASON} characters, more than {@value #MAX_FILES} files, a file over
     * 10 MB or of a kind not accepted) → invalid input; a run that is not published, a day after
     * its window, or an objection of the enterprise still open → conflict; no result of the
     * enterprise in the run → not found.
     */
    Objection file(UUID zoneId, String actor, UUID runId, UUID enterpriseId, String reason, List<NewFile> files);

    /** The objections to a run, newest first; {@code enterpriseId} null = every enterprise's. */
    List<Objection> ofRun(UUID zoneId, UUID runId, UUID enterpriseId);

    /** The queue: open objections first (oldest first), then decided ones (latest first). */
    Page search(UUID zoneId, Filter filter, int page, int size);

    Optional<Objection> find(UUID zoneId, UUID objectionId);

    Optional<Download> attachment(UUID zoneId, UUID objectionId, UUID attachmentId);

    /**
     * Decides a filed objection: {@code decision} UPHELD or REJECTED, with a required reason.
     * A decided objection → conflict; {@code version} (optional) not the current one → conflict.
     */
    Objection decide(
            UUID zoneId, String actor, UUID objectionId, ObjectionStatus decision, String reason, Integer version);
}
