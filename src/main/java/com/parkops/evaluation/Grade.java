package com.parkops.evaluation;

/** The grades of an evaluation: A best, D worst, T not graded (不定等级, treated like B). */
public enum Grade {
    A,
    B,
    C,
    D,
    T;

    /** The grade one step better (A stays A); T has no neighbours. */
    public Grade up() {
        return switch (this) {
            case B -> A;
            case C -> B;
            case D -> C;
            default -> this;
        };
    }

    /** The grade one step worse (D stays D); T has no neighbours. */
    public Grade down() {
        return switch (this) {
            case A -> B;
            case B -> C;
            case C -> D;
            default -> this;
        };
    }
}
