package com.parkops.projects.domain;

import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of land quotas and campaigns in the caller's language. */
@Component
class LandMessages {

    private final MessageSource messages;

    LandMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    ConflictException conflict(LandRefusal refusal) {
        Object[] args = refusal.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> value) {
                args[i] = text("land.state." + value.name());
            }
        }
        return new ConflictException(text(refusal.key(), args));
    }

    ConflictException stale() {
        return new ConflictException(text("land.error.stale"));
    }

    InputError error(String field, String key, Object... args) {
        return new InputError(null, field, text(key, args));
    }

    void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(text("land.error.invalid"), errors);
        }
    }
}
