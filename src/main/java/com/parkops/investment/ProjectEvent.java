package com.parkops.investment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One logged step of a project.
 *
 * @param kind CREATE, ADVANCE, LOSE, PAUSE, RESUME, IMPORT or EDIT
 * @param on the date the step took effect (the stage date for a move), or null
 */
public record ProjectEvent(
        int seq, String kind, Stage fromStage, Stage toStage, LocalDate on, String reason, String actor, Instant at) {}
