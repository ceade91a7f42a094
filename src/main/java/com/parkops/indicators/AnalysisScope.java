package com.parkops.indicators;

import java.util.Objects;

/**
 * Which enterprises a figure covers: the whole zone, or one group of a {@link GroupBy}, named as
 * in {@link SummaryRow#group()} (a chain name, {@code above}/{@code below}, an industry prefix such
 * as {@code C39}, or a credit code). A null {@code group} under CHAIN or INDUSTRY means the
 * enterprises without a chain or industry code.
 */
public record AnalysisScope(GroupBy groupBy, String group) {

    public AnalysisScope {
        Objects.requireNonNull(groupBy, "groupBy");
        if (groupBy == GroupBy.ZONE) {
            group = "zone";
        }
    }

    /** Every enterprise of the zone. */
    public static AnalysisScope zone() {
        return new AnalysisScope(GroupBy.ZONE, "zone");
    }
}
