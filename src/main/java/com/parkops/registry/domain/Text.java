package com.parkops.registry.domain;

/** Input text as stored: trimmed, and empty text as null. */
final class Text {

    private Text() {}

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
