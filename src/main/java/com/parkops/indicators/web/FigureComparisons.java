package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorValues;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A report's figures against the enterprise's accepted figures of the month before and of the same
 * month a year earlier, on the report's basis. A January year-to-date figure has no previous
 * month to compare with.
 */
@Component
class FigureComparisons {

    /**
     * The comparable figures of one indicator.
     *
     * @param yoyPercent (value ÷ lastYear − 1) × 100, half-up to 2 decimals, or null when last
     *     year's figure is missing or not positive
     */
    record Comparison(BigDecimal lastMonth, BigDecimal lastYear, BigDecimal yoyPercent) {

        public String lastMonthText() {
            return lastMonth == null ? null : lastMonth.toPlainString();
        }

        public String lastYearText() {
            return lastYear == null ? null : lastYear.toPlainString();
        }
    }

    private final IndicatorValues values;

    FigureComparisons(IndicatorValues values) {
        this.values = values;
    }

    /** Indicator code → comparison, for every indicator with a stored figure in either month. */
    Map<String, Comparison> of(
            UUID zoneId, UUID enterpriseId, YearMonth period, Basis basis, Map<String, BigDecimal> reported) {
        YearMonth previous = period.minusMonths(1);
        YearMonth lastYear = period.minusYears(1);
        Map<String, BigDecimal> previousFigures = new HashMap<>();
        Map<String, BigDecimal> lastYearFigures = new HashMap<>();
        for (int year : new int[] {period.getYear(), period.getYear() - 1}) {
            for (IndicatorValues.Figure figure : values.figures(zoneId, enterpriseId, year)) {
                BigDecimal value = basis == Basis.YTD ? figure.ytdValue() : figure.monthValue();
                if (figure.period().equals(previous)
                        && (basis == Basis.MONTHLY || previous.getYear() == period.getYear())) {
                    previousFigures.put(figure.indicator(), value);
                } else if (figure.period().equals(lastYear)) {
                    lastYearFigures.put(figure.indicator(), value);
                }
            }
        }
        Map<String, Comparison> comparisons = new HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>(previousFigures.keySet());
        codes.addAll(lastYearFigures.keySet());
        for (String code : codes) {
            BigDecimal prior = lastYearFigures.get(code);
            comparisons.put(code, new Comparison(previousFigures.get(code), prior, percent(reported.get(code), prior)));
        }
        return comparisons;
    }

    /** Half-up to at most 2 decimals, without trailing zeros (a mean of months has many). */
    private static BigDecimal tidy(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal percent(BigDecimal current, BigDecimal prior) {
        if (current == null || prior == null || prior.signum() <= 0 || current.signum() < 0) {
            return null;
        }
        return current.divide(prior, MathContext.DECIMAL128)
                .subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
