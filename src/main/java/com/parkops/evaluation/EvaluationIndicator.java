package com.parkops.evaluation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators a scheme may weigh, each a ratio of two full-year figures (or of a figure to the
 * enterprise's land in mu), times a multiplier. Higher is better for every one of them.
 */
public enum EvaluationIndicator {
    TAX_PER_MU("taxPerMu", "tax", "landMu", 1, "万元/亩"),
    REVENUE_PER_MU("revenuePerMu", "revenue", "landMu", 1, "万元/亩"),
    VALUE_ADDED_PER_MU("valueAddedPerMu", "valueAdded", "landMu", 1, "万元/亩"),
    VALUE_ADDED_PER_ENERGY("valueAddedPerEnergy", "valueAdded", "energy", 1, "万元/吨标准煤"),
    VALUE_ADDED_PER_COD("valueAddedPerCod", "valueAdded", "cod", 1, "万元/吨"),
    VALUE_ADDED_PER_WATER("valueAddedPerWater", "valueAdded", "water", 1, "万元/吨"),
    RD_RATIO("rdRatio", "rdExpense", "revenue", 100, "%"),
    LABOR_PRODUCTIVITY("laborProductivity", "valueAdded", "employees", 1, "万元/人"),
    TAX_PER_ELECTRICITY("taxPerElectricity", "tax", "electricity", 1, "元/千瓦时");

    /** The denominator that stands for the enterprise's registered land in mu. */
    public static final String LAND_MU = "landMu";

    private final String code;
    private final String numerator;
    private final String denominator;
    private final BigDecimal multiplier;
    private final String unit;

    EvaluationIndicator(String code, String numerator, String denominator, int multiplier, String unit) {
        this.code = code;
        this.numerator = numerator;
        this.denominator = denominator;
        this.multiplier = BigDecimal.valueOf(multiplier);
        this.unit = unit;
    }

    public String code() {
        return code;
    }

    /** The indicators-module code of the numerator, e.g. {@code tax}. */
    public String numerator() {
        return numerator;
    }

    /** The indicators-module code of the denominator, or {@link #LAND_MU}. */
    public String denominator() {
        return denominator;
    }

    public BigDecimal multiplier() {
        return multiplier;
    }

    public String unit() {
        return unit;
    }

    /**
     * Whether the denominator is a consumption or emission (energy, COD, water, electricity),
     * for which a scheme may choose how a zero is treated.
     */
    public boolean consumptionDenominator() {
        return !denominator.equals(LAND_MU) && !denominator.equals("employees") && !denominator.equals("revenue");
    }

    public static Optional<EvaluationIndicator> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
