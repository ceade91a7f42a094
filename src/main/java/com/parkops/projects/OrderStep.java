package com.parkops.projects;

import java.time.Instant;

/** One step of a supervision order's log. */
public record OrderStep(int seq, String action, String text, String actor, Instant at) {}
