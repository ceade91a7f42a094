package com.parkops.indicators;

import com.parkops.shared.InputError;
import java.util.List;

/**
 * What an accepted import wrote.
 *
 * @param rows data rows read (blank rows are not counted)
 * @param values figures written (non-empty indicator cells)
 * @param warnings data-quality findings, sorted by row, at most {@value IndicatorImport#MAX_LISTED}
 * @param warningCount every finding, including those not listed
 */
public record ImportResult(int rows, long values, List<InputError> warnings, long warningCount) {}
