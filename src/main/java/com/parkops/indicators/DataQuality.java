package com.parkops.indicators;

import com.parkops.shared.InputError;
import java.util.List;
import java.util.UUID;

/**
 * The data-quality rules (missing or negative figures, a falling cumulative value, year-on-year
 * jumps, output and electricity diverging, energy intensity far from the chain median) applied to
 * figures that are not stored yet, as an enterprise submission flow needs before staff accept a
 * report. Imports run the same rules. Thresholds: {@code parkops.indicators.quality.*}.
 */
public interface DataQuality {

    /**
     * The findings for the given rows as if they were stored on top of the current figures;
     * nothing is written. {@code row} in each finding is the 1-based position in the list.
     *
     * @throws com.parkops.shared.InvalidInputException when a row is not valid at all
     */
    List<InputError> check(UUID zoneId, Basis basis, List<ReportedRow> rows);
}
