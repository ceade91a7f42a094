package com.parkops.evaluation;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipOutputStream;

/**
 * Result letters (评价结果告知书) as Word documents: zone, year, enterprise, pool, grade, total,
 * rank in the pool, the per-indicator breakdown, the decisions that changed the grade, the
 * consequences of the grade from {@link EvaluationPolicies} and, while the run is published, the
 * last day for objections. Texts in the given language.
 */
public interface EvaluationLetters {

    /** The enterprise's result in the run, by its credit code. */
    Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode);

    /** Writes the letter of {@code result} as .docx to {@code out} (left open). */
    void write(UUID zoneId, EvaluationRun run, EvaluationResult result, Locale locale, OutputStream out);

    /**
     * Writes every letter of the run into {@code zip}, one entry per result named by {@link
     * #fileName}, reading the results one at a time; returns the number of letters.
     */
    int writeAll(UUID zoneId, EvaluationRun run, Locale locale, ZipOutputStream zip);

    /** {@code <creditCode>-<name>.docx}, with characters that file systems refuse replaced by {@code _}. */
    static String fileName(EvaluationResult result) {
        return (result.creditCode() + "-" + result.name()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".docx";
    }
}
