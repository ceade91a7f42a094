package com.parkops.shared;

import java.util.List;

/** Input that was refused as a whole, with every problem found; nothing has been written. */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidInputException(String message, List<InputError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
