package com.parkops.evaluation.domain;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Error texts of the evaluation in the caller's language (Chinese unless English was asked for). */
@Component
class EvaluationMessages {

    private final MessageSource messages;

    EvaluationMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    InputError error(String field, String key, Object... args) {
        return new InputError(null, field, text(key, args));
    }

    void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(text("evaluation.error.invalidScheme"), errors);
        }
    }
}
