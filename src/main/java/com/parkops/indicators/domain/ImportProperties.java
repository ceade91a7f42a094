package com.parkops.indicators.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import tuning ({@code parkops.indicators.import.*}).
 *
 * @param workMemMegabytes PostgreSQL {@code work_mem} for the import's transaction, so the
 *     set-based merge of a large file sorts in memory rather than on disk (default 128)
 * @param analyzeAfter from this many figures on, the stored figures are re-analysed inside the
 *     import's transaction before the quality rules run, so the planner sees the new rows
 *     (default 10000)
 */
@ConfigurationProperties("parkops.indicators.import")
record ImportProperties(
        @DefaultValue("128") int workMemMegabytes,
        @DefaultValue("10000") long analyzeAfter) {}
