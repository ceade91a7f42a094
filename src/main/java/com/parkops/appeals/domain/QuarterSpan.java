package com.parkops.appeals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar quarter in a zone's time zone: [{@code from}, {@code to}) and its first and last day. */
record QuarterSpan(int year, int quarter, LocalDate firstDay, LocalDate lastDay, Instant from, Instant to) {

    static QuarterSpan of(int year, int quarter, ZoneId zone) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate next = first.plusMonths(3);
        return new QuarterSpan(
                year,
                quarter,
                first,
                next.minusDays(1),
                first.atStartOfDay(zone).toInstant(),
                next.atStartOfDay(zone).toInstant());
    }

    boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** Whether the closed day range [start, end] overlaps the quarter. */
    boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(lastDay) && !end.isBefore(firstDay);
    }
}
