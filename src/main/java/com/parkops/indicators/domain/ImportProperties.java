package com.parkops.indicators.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Import tuning ({@code parkops.indicators.import.*}).
 *
 * @param workMemMegabytes PostgreSQL {@code work_mem} for the import's transaction, so the
 *     set-based merge of a large file sorts in memory rather than on disk (default 128)
 */
@ConfigurationProperties("parkops.indicators.import")
public record ImportProperties(@DefaultValue("128") int workMemMegabytes) {}
