package com.parkops.investment;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Changing the pipeline. Every step is logged in the project's history, audited and, when a
 * project enters or moves forward to a stage, published as {@link ProjectStageChanged}.
 * Invalid input throws {@link com.parkops.shared.InvalidInputException}; a step the project's
 * state does not allow, or a stale version, {@link com.parkops.shared.ConflictException}; an
 * unknown project {@link com.parkops.shared.NotFoundException}.
 */
public interface PipelineCommands {

    /** Creates a project at {@code draft.stage()} reached on {@code draft.stageOn()}; returns its id. */
    UUID create(UUID zoneId, String actor, ProjectDraft draft);

    /** Changes the project's details (not its stage), if {@code draft.version()} is current. */
    void update(UUID zoneId, String actor, UUID projectId, ProjectDraft draft);

    /** Moves a live project forward to a later stage reached on the given date. */
    void advance(UUID zoneId, String actor, UUID projectId, Stage to, LocalDate on, int version);

    /** Ends a project as lost (终止). */
    void lose(UUID zoneId, String actor, UUID projectId, String reason, int version);

    /** Pauses a live project (暂缓). */
    void pause(UUID zoneId, String actor, UUID projectId, String reason, int version);

    /** Resumes a paused project at the stage it had reached. */
    void resume(UUID zoneId, String actor, UUID projectId, int version);

    /**
     * Links the project to the registry enterprise it has become (the enterprise's unified social
     * credit code, which promise tracking compares against), or removes the link with null, if
     * {@code version} is current. An unknown credit code is invalid input on {@code creditCode}.
     */
    void linkEnterprise(UUID zoneId, String actor, UUID projectId, String creditCode, int version);

    /** The all-or-nothing project import (API guide); an existing code is updated. */
    ImportCounts importFile(UUID zoneId, String actor, InputStream file) throws IOException;
}
