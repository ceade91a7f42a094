package com.parkops.investment.domain;

import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Error texts in the caller's language (Chinese unless the request asked for English). */
@Component
class InvestmentMessages {

    private final MessageSource messages;

    InvestmentMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    InputError error(Integer row, String field, String key, Object... args) {
        return new InputError(row, field, text(key, args));
    }

    /** Throws {@link InvalidInputException} with every error, if there are any. */
    void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(text("investment.error.invalid"), errors);
        }
    }
}
