package com.parkops.shared;

/** A write that conflicts with the record's state: an illegal transition or a stale version. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
