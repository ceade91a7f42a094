package com.parkops.zone.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When undelivered notifications are tried again ({@code parkops.notify.retry.*}).
 *
 * @param cron when the retry runs; {@code -} switches it off
 * @param pendingAfter a notification still without an outcome this long after it was written was
 *     lost (its instance stopped before delivering it) and is delivered by the retry
 * @param backoff the wait after the first failed attempt; it doubles after each further one
 * @param maxAttempts attempts per channel, the first included; a delivery that failed this often stays FAILED
 * @param maxAge notifications older than this are no longer delivered late
 * @param batchSize at most this many e-mails (and as many robot posts) per run
 */
@ConfigurationProperties("parkops.notify.retry")
record NotifyRetryProperties(
        @DefaultValue("0 */5 * * * *") String cron,
        @DefaultValue("10m") Duration pendingAfter,
        @DefaultValue("5m") Duration backoff,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("24h") Duration maxAge,
        @DefaultValue("200") int batchSize) {}
