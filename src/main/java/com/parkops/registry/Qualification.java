package com.parkops.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A qualification (资质) held by an enterprise.
 *
 * @param status the status as recorded
 * @param currentStatus the status today: a recorded 有效 past its expiry date reads as 到期
 * @param expiringSoon valid and expiring within the zone's alert days (default 90)
 */
public record Qualification(
        UUID id,
        QualificationKind kind,
        QualificationLevel level,
        String certificateNo,
        LocalDate issuedOn,
        LocalDate expiresOn,
        QualificationStatus status,
        String note,
        int version,
        QualificationStatus currentStatus,
        boolean expiringSoon) {}
