package com.parkops.indicators;

import java.util.List;
import java.util.UUID;

/**
 * A year-to-date summary request: January..{@code month} of {@code year} against the same months
 * of the year before.
 *
 * @param indicators codes, in the order rows should come
 * @param onlyEnterprise when set, only this enterprise's figures are read (an enterprise user)
 */
public record SummaryQuery(int year, int month, GroupBy groupBy, List<String> indicators, UUID onlyEnterprise) {
    public SummaryQuery {
        indicators = List.copyOf(indicators);
    }
}
