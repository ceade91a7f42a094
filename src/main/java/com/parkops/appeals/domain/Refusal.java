package com.parkops.appeals.domain;

import com.parkops.shared.ConflictException;
import java.util.Arrays;

/**
 * An illegal move on an appeal, carrying its message key and arguments so that the service can
 * say it in the user's language (enum arguments are named by their own message keys).
 */
final class Refusal extends ConflictException {

    private final String key;
    private final transient Object[] args;

    Refusal(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
