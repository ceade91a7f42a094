package com.parkops.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored figures of one enterprise in both views, their revision history, and manual edits. */
public interface IndicatorValues {

    /**
     * A figure that counts.
     *
     * @param monthValue the month's own figure (for an AVERAGE indicator: that month's level)
     * @param ytdValue cumulative January..period (for an AVERAGE indicator: the mean so far)
     * @param reported the figure as received, on {@code basis}
     */
    record Figure(
            String indicator,
            YearMonth period,
            BigDecimal monthValue,
            BigDecimal ytdValue,
            Basis basis,
            BigDecimal reported) {}

    /** One received version of an enterprise's month, newest first in listings. */
    record Revision(
            YearMonth period,
            String source,
            Basis basis,
            String status,
            String actor,
            Instant receivedAt,
            Map<String, BigDecimal> reported) {}

    /**
     * The id of the zone's enterprise with this credit code, read from the registry's published
     * view; empty when there is none.
     */
    Optional<UUID> enterpriseOf(UUID zoneId, String creditCode);

    /** The enterprise's figures of a year, by indicator and month. */
    List<Figure> figures(UUID zoneId, UUID enterpriseId, int year);

    /** Every revision of the enterprise's month, newest first. */
    List<Revision> revisions(UUID zoneId, UUID enterpriseId, YearMonth period);

    /**
     * A manual correction by staff: a new accepted revision of one enterprise's month, audited
     * with the old and new figures.
     */
    ImportResult correct(UUID zoneId, String actor, Basis basis, ReportedRow row);
}
