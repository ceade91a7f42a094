package com.parkops.registry;

import java.util.Locale;
import java.util.Optional;

/** 规模: 规上 (above designated size: main revenue ≥ 2,000 万元 a year) or 规下. */
public enum Scale {
    ABOVE("规上", "above"),
    BELOW("规下", "below");

    private final String chinese;
    private final String english;

    Scale(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    /** The API's spelling: {@code above} or {@code below}. */
    public String key() {
        return english;
    }

    /** Accepts 规上/规下, above/below (any case) or the enum name. */
    public static Optional<Scale> parse(String text) {
        String value = text == null ? "" : text.strip();
        for (Scale scale : values()) {
            if (scale.chinese.equals(value)
                    || scale.english.equalsIgnoreCase(value)
                    || scale.name().equalsIgnoreCase(value)) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
