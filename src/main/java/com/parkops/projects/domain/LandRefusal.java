package com.parkops.projects.domain;

import com.parkops.shared.ConflictException;
import java.util.Arrays;

/**
 * A move a land-quota request or campaign does not allow, carrying its message key so the service
 * can say it in the user's language.
 */
final class LandRefusal extends ConflictException {

    private final String key;
    private final transient Object[] args;

    LandRefusal(String key, Object... args) {
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
