package com.parkops.registry;

/** The outcome of an accepted import: enterprises created and existing ones updated. */
public record ImportResult(int created, int updated) {}
