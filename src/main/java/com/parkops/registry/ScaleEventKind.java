package com.parkops.registry;

/** Steps of the 入规 history: 培育 → 申报 → 入规 (counts from its period) → possibly 退规. */
public enum ScaleEventKind {
    CULTIVATING,
    APPLIED,
    ENTERED,
    DROPPED
}
