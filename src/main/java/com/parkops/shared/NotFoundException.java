package com.parkops.shared;

/** The record does not exist, or the caller may not see it (which is answered the same way). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
