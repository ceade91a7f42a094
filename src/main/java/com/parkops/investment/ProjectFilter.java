package com.parkops.investment;

import java.util.UUID;

/**
 * Filters of the project list; null means any.
 *
 * @param label {@code 5020}, {@code niche} or {@code listed}
 * @param outcome {@code ALIVE}, {@code LOST} or {@code PAUSED}
 * @param year projects signed in that year, or (not signed) led in it
 * @param text part of the code, name or investor
 */
public record ProjectFilter(
        Stage stage, UUID teamId, String chain, String label, String outcome, Integer year, String text) {

    public static ProjectFilter any() {
        return new ProjectFilter(null, null, null, null, null, null, null);
    }
}
