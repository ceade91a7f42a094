package com.parkops.appeals.domain;

import com.parkops.shared.ConflictException;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the appeals in the caller's language, or in the zone's (Chinese) for notifications. */
@Component
class AppealMessages {

    private final MessageSource messages;

    AppealMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** In the default language, for what is stored and read later by anyone (notifications). */
    String stored(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** The name of an enum value, e.g. {@code appeals.state.ACCEPTED}. */
    String name(Enum<?> value) {
        String kind = value.getDeclaringClass().getSimpleName();
        String group = switch (kind) {
            case "AppealState" -> "state";
            case "AppealAction" -> "action";
            case "AppealType" -> "type";
            case "Channel" -> "channel";
            case "Satisfaction" -> "satisfaction";
            default -> kind.toLowerCase(Locale.ROOT);
        };
        return text("appeals." + group + "." + value.name());
    }

    /** The refusal in the caller's language. */
    ConflictException conflict(Refusal refusal) {
        Object[] args = refusal.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> value) {
                args[i] = name(value);
            }
        }
        return new ConflictException(text(refusal.key(), args));
    }

    InputError error(String field, String key, Object... args) {
        return new InputError(null, field, text(key, args));
    }

    void refuse(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(text("appeals.error.invalid"), errors);
        }
    }
}
