package com.parkops.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What other modules know of an enterprise (the row of {@code registry.enterprise_profile}).
 *
 * @param landM2 land counted for per-mu figures, in m²
 * @param landMu the same in 亩 (m² × 15 ÷ 10000, 4 decimals)
 * @param exemptReason why the enterprise is graded T (不定等级) in evaluations, or null
 */
public record EnterpriseProfile(
        UUID id,
        String creditCode,
        String name,
        String industryCode,
        String chain,
        boolean leadingChain,
        EmergingCategory emergingCategory,
        Scale scale,
        YearMonth aboveScaleSince,
        LocalDate registeredOn,
        String exemptReason,
        BigDecimal landM2,
        BigDecimal landMu) {}
