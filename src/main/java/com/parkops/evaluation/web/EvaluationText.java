package com.parkops.evaluation.web;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the evaluation's web layer in the caller's language, and its common input checks. */
@Component
class EvaluationText {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final MessageSource messages;

    EvaluationText(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The year, or invalid input when it is missing or outside 2000..2100. */
    int year(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(
                    get("evaluation.error.invalidRun"),
                    List.of(new InputError(
                            null,
                            "year",
                            get("evaluation.run.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)))));
        }
        return year;
    }
}
