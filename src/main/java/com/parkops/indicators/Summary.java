package com.parkops.indicators;

import java.util.List;

/**
 * The answer to a {@link SummaryQuery}.
 *
 * @param definitions the catalogue versions the figures were read under (in force in the month)
 */
public record Summary(int year, int month, List<SummaryRow> rows, List<DefinitionUsed> definitions) {

    /** Which version of an indicator's definition (口径) a report used. */
    public record DefinitionUsed(String code, String name, String unit, String effectiveFrom) {}
}
