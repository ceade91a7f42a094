package com.parkops.zone;

/** A user name (unique across the installation) or department name (unique in its zone) is already in use. */
public class NameTakenException extends RuntimeException {

    private final String name;

    public NameTakenException(String name) {
        super("The name is already in use: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
