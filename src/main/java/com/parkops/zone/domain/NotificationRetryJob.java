package com.parkops.zone.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link NotificationRetry} on a schedule ({@code parkops.notify.retry.cron}, every 5 minutes
 * by default; {@code -} switches it off). Each instance fires; the advisory lock lets one work.
 */
@Component
class NotificationRetryJob {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRetryJob.class);

    private final NotificationRetry retry;

    NotificationRetryJob(NotificationRetry retry) {
        this.retry = retry;
    }

    @Scheduled(cron = "${parkops.notify.retry.cron:0 */5 * * * *}")
    void run() {
        NotificationRetry.Outcome done = retry.retryDue();
        if (done.emails() + done.batches() > 0) {
            LOG.info("notification retry: {} e-mails and {} robot posts tried again", done.emails(), done.batches());
        }
    }
}
