package com.parkops.investment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The year's investment figures (domain guide §5), with the zone's thresholds and USD rate. */
public interface InvestmentFigures {

    /** The summary of {@code GET /api/v1/investment/summary}. */
    InvestmentSummary summary(UUID zoneId, int year);

    /** Signed amount in 万元 per chain (no chain: empty string) and month (index 0 = January). */
    Map<String, BigDecimal[]> signedByChainAndMonth(UUID zoneId, int year);

    /**
     * How many of the year's projects reached each stage: the projects led in the year, or,
     * without a lead date, signed in it; a project counts at every stage up to its current one.
     */
    List<StageCount> funnel(UUID zoneId, int year);

    /** A stage and how many projects reached it. */
    record StageCount(Stage stage, long count) {}
}
