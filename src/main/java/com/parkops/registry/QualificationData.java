package com.parkops.registry;

import java.time.LocalDate;

/**
 * A qualification as written. When {@code expiresOn} is null and the kind has a usual term, the
 * expiry is derived from {@code issuedOn}. {@code status} null means 有效.
 */
public record QualificationData(
        QualificationKind kind,
        QualificationLevel level,
        String certificateNo,
        LocalDate issuedOn,
        LocalDate expiresOn,
        QualificationStatus status,
        String note) {}
