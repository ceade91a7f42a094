package com.parkops.indicators;

import java.time.YearMonth;

/**
 * One version of an indicator's definition.
 *
 * @param code the key used in files and the API, e.g. {@code output}
 * @param nameZh the Chinese name, also accepted as a column header in imports
 * @param unit the unit of the figures, e.g. 万元, 吨标准煤, 人
 * @param negativeAllowed whether a negative figure is valid (利润总额 may be a loss)
 * @param definition the 口径 text
 * @param effectiveFrom the first month this version applies to
 */
public record IndicatorDefinition(
        String code,
        String nameZh,
        String nameEn,
        String unit,
        IndicatorKind kind,
        boolean negativeAllowed,
        String definition,
        YearMonth effectiveFrom) {}
