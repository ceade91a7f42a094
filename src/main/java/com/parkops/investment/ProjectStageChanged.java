package com.parkops.investment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published after a project's stage moved forward (by a staff step or an import), in the same
 * transaction; project advancement listens to create node schedules for newly signed projects.
 *
 * @param from the stage before, or null for a project created at {@code to}
 * @param on the date the new stage was reached
 */
public record ProjectStageChanged(UUID zoneId, UUID projectId, Stage from, Stage to, LocalDate on) {}
