package com.parkops.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters whose last one is a
 * check character computed from the first 17.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Parses a code, accepting surrounding spaces and lower-case letters. */
    public static CreditCode of(String raw) {
        return new CreditCode(normalize(raw));
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Why the text is not a valid code, as a message key, or empty when it is valid.
     *
     * @return {@code creditCode.length}, {@code creditCode.character} or {@code creditCode.check}
     */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("creditCode.length");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("creditCode.character");
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17))
                ? Optional.empty()
                : Optional.of("creditCode.check");
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
