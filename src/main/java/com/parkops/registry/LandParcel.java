package com.parkops.registry;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A land parcel (宗地) of an enterprise.
 *
 * @param areaM2 area in m² (2 decimals)
 * @param areaMu the same in 亩 (m² × 15 ÷ 10000, 4 decimals)
 * @param imported written by a registry import's {@code landM2} column, replaced by each import
 */
public record LandParcel(
        UUID id,
        String certificateNo,
        BigDecimal areaM2,
        BigDecimal areaMu,
        LandUse landUse,
        LandTenure tenure,
        boolean imported,
        String note) {}
