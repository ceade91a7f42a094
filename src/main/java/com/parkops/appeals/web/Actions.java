package com.parkops.appeals.web;

import com.parkops.appeals.AppealAction;
import java.util.Arrays;
import java.util.Optional;

/** The workflow actions by their path segment ({@code request-return}). */
final class Actions {

    private Actions() {}

    static Optional<AppealAction> byPath(String path) {
        return Arrays.stream(AppealAction.values())
                .filter(a -> a.path().equals(path))
                .findFirst();
    }
}
