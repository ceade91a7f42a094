package com.parkops.shared.io;

/**
 * What can be wrong with an imported table's header; {@link #key()} is the last part of the message
 * key each module keeps for it (e.g. {@code registry.import.unknownColumn}).
 */
public enum SheetProblem {
    /** No header row at all; field {@code file}, no arguments. */
    EMPTY("empty"),
    /** A header naming no column; field: the header; arguments: the header, the known headers. */
    UNKNOWN_COLUMN("unknownColumn"),
    /** A column headed twice; field: its key; argument: the header. */
    REPEATED_COLUMN("repeatedColumn"),
    /** A required column missing; field: its key; arguments: its key, its label. */
    MISSING_COLUMN("missingColumn");

    private final String key;

    SheetProblem(String key) {
        this.key = key;
    }

    /** The message key's last part. */
    public String key() {
        return key;
    }
}
