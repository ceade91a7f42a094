package com.parkops.investment;

/** The outcome of an accepted project import: projects created and existing codes updated. */
public record ImportCounts(int created, int updated) {}
