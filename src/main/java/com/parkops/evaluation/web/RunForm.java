package com.parkops.evaluation.web;

/**
 * The "new run" form: the year to score (as typed) and where the scheme comes from, {@code
 * preset:<key>} for a shipped preset or {@code scheme:<id>} for one of the zone's stored schemes.
 */
record RunForm(String year, String scheme) {

    static final String PRESET = "preset:";
    static final String STORED = "scheme:";

    /** The year, or null when it is not a year between 2000 and 2100. */
    Integer parsedYear() {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year.strip());
        return value < EvaluationText.FIRST_YEAR || value > EvaluationText.LAST_YEAR ? null : value;
    }
}
