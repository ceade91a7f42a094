package com.parkops.projects.domain;

import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of project advancement in the caller's language. */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    InputError error(Integer row, String field, String key, Object... args) {
        return new InputError(row, field, text(key, args));
    }

    ConflictException conflict(String key, Object... args) {
        return new ConflictException(text(key, args));
    }

    ConflictException stale() {
        return conflict("projects.error.stale");
    }

    void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(text("projects.error.invalid"), errors);
        }
    }
}
