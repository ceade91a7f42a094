package com.parkops.indicators;

import java.time.YearMonth;

/**
 * A new version of an indicator's definition for one zone, in force from {@code effectiveFrom}
 * until the zone's or the installation's next version. The kind (flow or average) and whether a
 * figure may be negative stay those of the indicator: they decide how stored figures are derived.
 */
public record DefinitionChange(
        String code, YearMonth effectiveFrom, String nameZh, String nameEn, String unit, String definition) {}
