package com.parkops.evaluation.web;

import java.util.List;

/** The rows of the policy page's table, in the order a clerk reads them. */
final class PolicyRows {

    /** An amount row: the field of the form, the unit's message key suffix, the input's step and maximum. */
    record Amount(String field, String unit, String step, String max) {}

    static final List<Amount> AMOUNTS = List.of(
            new Amount("electricitySurcharge", "electricity", "0.0001", null),
            new Amount("waterSurcharge", "water", "0.01", null),
            new Amount("sewageSurcharge", "sewage", "0.01", null),
            new Amount("landTaxReduction", "percent", "0.01", "100"));

    static final List<String> PRIORITIES = List.of("landPriority", "energyPriority", "emissionPriority");

    static final List<String> TEXTS = List.of("credit", "otherMeasures");

    private PolicyRows() {}
}
