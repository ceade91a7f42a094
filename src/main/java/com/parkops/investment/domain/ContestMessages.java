package com.parkops.investment.domain;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Error texts of contracts, promises, teams and the contest in the caller's language, and a
 * collector of field errors that refuses the input as a whole.
 */
@Component
class ContestMessages {

    private final MessageSource messages;

    ContestMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    Errors errors() {
        return new Errors();
    }

    /** Field errors collected while checking one input. */
    final class Errors {
        private final List<InputError> list = new ArrayList<>();

        Errors add(String field, String key, Object... args) {
            list.add(new InputError(null, field, text(key, args)));
            return this;
        }

        boolean has(String field) {
            return list.stream().anyMatch(e -> field.equals(e.field()));
        }

        /** Throws invalid input when any error was collected. */
        void refuse() {
            if (!list.isEmpty()) {
                throw new InvalidInputException(text("contest.error.invalid"), list);
            }
        }
    }
}
