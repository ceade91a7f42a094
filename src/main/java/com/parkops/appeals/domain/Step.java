package com.parkops.appeals.domain;

import java.time.Instant;

/** Who takes a step, and when. */
record Step(Actor actor, Instant at) {}
