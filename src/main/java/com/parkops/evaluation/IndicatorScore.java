package com.parkops.evaluation;

import java.math.BigDecimal;

/**
 * One indicator of one enterprise's result, unrounded.
 *
 * @param value the enterprise's ratio, null when its denominator is 0 or a figure is missing
 * @param benchmark the benchmark used (ratio method), or null (min–max method)
 * @param weight the weight used (after re-weighting, when the scheme re-weights)
 * @param score the points earned
 * @param capped whether the cap cut the score
 */
public record IndicatorScore(
        String code, BigDecimal value, BigDecimal benchmark, BigDecimal weight, BigDecimal score, boolean capped) {}
