package com.parkops.investment.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of the contract, promise, team and contest pages in the caller's language. */
@Component
class ContestPageText {

    private final MessageSource messages;

    ContestPageText(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
