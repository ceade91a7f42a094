package com.parkops.indicators;

import java.util.UUID;

/** Set-based analysis of the stored figures; every call reads one zone. */
public interface IndicatorAnalysis {

    /** Year-to-date figures per group and indicator with comparable year-on-year growth. */
    Summary summary(UUID zoneId, SummaryQuery query);

    /** The zone's full-year per-mu, intensity, leading-chain and emerging-industry figures. */
    ZoneMetrics zoneMetrics(UUID zoneId, int year);
}
