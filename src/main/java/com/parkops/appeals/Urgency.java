package com.parkops.appeals;

/** An urgent appeal must be acknowledged within hours instead of a working day. */
public enum Urgency {
    NORMAL,
    URGENT
}
