package com.parkops.evaluation.web;

import com.parkops.evaluation.Scheme;
import java.time.Instant;
import java.util.UUID;

/**
 * A preset or stored scheme as the pages show it.
 *
 * @param ref how a link names it: {@code preset:<key>} or {@code scheme:<id>}
 * @param presetKey the preset's key, null for a stored scheme
 * @param id the stored scheme's id, null for a preset
 * @param year the stored scheme's year, null for a preset
 * @param title the name to show (a preset's name in the reader's language)
 * @param scheme the scheme with its numbers in plain form
 * @param basedOn what it was copied from, in words, or null
 * @param version the stored scheme's version (0 for a preset)
 */
record SchemeCard(
        String ref,
        String presetKey,
        UUID id,
        Integer year,
        String title,
        Scheme scheme,
        String basedOn,
        int version,
        String createdBy,
        Instant updatedAt) {

    static final String PRESET = "preset:";
    static final String STORED = "scheme:";

    public boolean isPreset() {
        return presetKey != null;
    }

    /** The element id of its card on the list. */
    public String anchor() {
        return isPreset() ? "preset-" + presetKey : "scheme-" + id;
    }
}
