package com.parkops.appeals;

import java.time.Instant;
import java.util.UUID;

/**
 * An open appeal that may be the same matter: the same enterprise and category, or a similar title
 * ({@code similarity} = Dice coefficient of the titles' character pairs, 0..1, 2 decimals).
 */
public record DuplicateCandidate(
        UUID id,
        String caseNumber,
        String title,
        String enterpriseName,
        AppealState state,
        Instant receivedAt,
        boolean sameEnterpriseAndCategory,
        java.math.BigDecimal similarity) {}
