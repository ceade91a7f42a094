package com.parkops.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The consequences of one grade (差别化政策, domain guide §4). Amounts are kept at the scale they
 * are shown with: at least 2 decimals, at most 4 for electricity and 2 for the others (rounded
 * half-up past that), so {@code 0.0500} reads {@code 0.05}.
 *
 * @param electricitySurcharge added to the electricity price, 元 per kWh (≥ 0)
 * @param waterSurcharge added to the water price, 元 per tonne (≥ 0)
 * @param sewageSurcharge added to the sewage treatment charge, 元 per tonne (≥ 0)
 * @param landTaxReduction reduction of the urban land-use tax (城镇土地使用税), percent 0–100
 * @param landPriority how new land is allocated to the enterprise
 * @param energyPriority how energy-use quotas (用能指标) are allocated
 * @param emissionPriority how emission quotas (排污权/排放指标) are allocated
 * @param credit what banks and financing schemes are told (free text, may be empty)
 * @param otherMeasures any other measure (free text, may be empty)
 */
public record GradePolicy(
        Grade grade,
        BigDecimal electricitySurcharge,
        BigDecimal waterSurcharge,
        BigDecimal sewageSurcharge,
        BigDecimal landTaxReduction,
        Priority landPriority,
        Priority energyPriority,
        Priority emissionPriority,
        String credit,
        String otherMeasures) {

    /** Decimals kept for the electricity surcharge, 元/kWh. */
    public static final int ELECTRICITY_SCALE = 4;

    /** Decimals kept for the water and sewage surcharges and the reduction. */
    public static final int AMOUNT_SCALE = 2;

    public GradePolicy {
        electricitySurcharge = shown(electricitySurcharge, ELECTRICITY_SCALE);
        waterSurcharge = shown(waterSurcharge, AMOUNT_SCALE);
        sewageSurcharge = shown(sewageSurcharge, AMOUNT_SCALE);
        landTaxReduction = shown(landTaxReduction, AMOUNT_SCALE);
        credit = credit == null ? "" : credit.strip();
        otherMeasures = otherMeasures == null ? "" : otherMeasures.strip();
    }

    private static BigDecimal shown(BigDecimal amount, int maxScale) {
        if (amount == null) {
            return null;
        }
        BigDecimal rounded = amount.setScale(maxScale, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < AMOUNT_SCALE ? rounded.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY) : rounded;
    }
}
