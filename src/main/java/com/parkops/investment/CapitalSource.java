package com.parkops.investment;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a project's capital comes from. A domestic project's amount is in 万元 (CNY), a foreign
 * one's in 万美元 (USD), converted to 万元 at a USD rate.
 */
public enum CapitalSource {
    DOMESTIC("内资", "CNY"),
    FOREIGN("外资", "USD");

    private final String chinese;
    private final String currency;

    CapitalSource(String chinese, String currency) {
        this.chinese = chinese;
        this.currency = currency;
    }

    /** 内资 or 外资. */
    public String chinese() {
        return chinese;
    }

    /** CNY or USD: the currency the amount is entered in. */
    public String currency() {
        return currency;
    }

    /** 内资/外资 or domestic/foreign (any case); empty for anything else. */
    public static Optional<CapitalSource> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        for (CapitalSource source : values()) {
            if (source.chinese.equals(value) || source.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
