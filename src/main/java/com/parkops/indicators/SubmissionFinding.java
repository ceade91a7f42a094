package com.parkops.indicators;

import java.util.Locale;

/**
 * A data-quality finding on a submitted figure, kept in both languages so the enterprise and the
 * reviewer each read it in their own.
 *
 * @param field the indicator code the finding is about, or null when it concerns the whole report
 */
public record SubmissionFinding(String field, String messageZh, String messageEn) {

    /** The message in the reader's language (English for {@code en}, Chinese otherwise). */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
