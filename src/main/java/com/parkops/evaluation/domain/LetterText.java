package com.parkops.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of one letter in its reader's language, and how numbers and dates are written. */
final class LetterText {

    /** Shown where a figure is missing (a ratio whose denominator is 0). */
    static final String NONE = "—";

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;

    LetterText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(get("consequences.letter.datePattern"), locale);
    }

    /** The message; arguments are passed as text so that MessageFormat adds no grouping or rounding. */
    String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "" : args[i].toString();
        }
        return messages.getMessage(key, texts.length == 0 ? null : texts, key, locale);
    }

    /** The message, or null when the bundles lack the key. */
    String optional(String key) {
        return messages.getMessage(key, null, null, locale);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** Half-up to {@code scale} decimals, or {@link #NONE}. */
    static String number(BigDecimal value, int scale) {
        return value == null
                ? NONE
                : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** Without trailing zeros (a weight of 40 reads 40). */
    static String plain(BigDecimal value) {
        return value == null ? NONE : value.stripTrailingZeros().toPlainString();
    }
}
