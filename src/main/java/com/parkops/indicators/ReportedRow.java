package com.parkops.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One enterprise's figures for one month, as an enterprise submits them.
 *
 * @param values indicator code → figure on the stated basis; absent = not reported
 */
public record ReportedRow(String creditCode, YearMonth period, Map<String, BigDecimal> values) {
    public ReportedRow {
        values = Map.copyOf(values);
    }
}
