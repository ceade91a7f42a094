package com.parkops.registry;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** One step of an enterprise's 入规 history; {@code period} is the month it counts from. */
public record ScaleEvent(UUID id, ScaleEventKind kind, YearMonth period, String note, Instant recordedAt) {}
