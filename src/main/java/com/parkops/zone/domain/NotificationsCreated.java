package com.parkops.zone.domain;

import java.util.UUID;

/** Notifications of one batch were written; delivery beyond the inbox starts once they commit. */
record NotificationsCreated(UUID zoneId, UUID batchId) {}
