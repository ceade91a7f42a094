package com.parkops.zone.domain;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the zone module in the caller's language (Chinese unless English was asked for). */
@Component
class ZoneTexts {

    private final MessageSource messages;

    ZoneTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return text(LocaleContextHolder.getLocale(), key, args);
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Refuses the input when there is any problem; each problem names its field and message key. */
    void refuse(String summaryKey, List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    text(summaryKey),
                    problems.stream()
                            .map(problem -> new InputError(null, problem.field(), text(problem.key(), problem.args())))
                            .toList());
        }
    }
}
