package com.parkops.appeals.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** An Open311 error: the HTTP status and one description per problem. */
class Open311Error extends RuntimeException {

    private final HttpStatus status;
    private final transient List<String> descriptions;

    Open311Error(HttpStatus status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    Open311Error(HttpStatus status, String description) {
        this(status, List.of(description));
    }

    HttpStatus status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
