package com.parkops.indicators.web;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An enterprise's accepted figures of a year: a table of indicators by month on the reporting
 * basis, and the monthly values as chart series.
 *
 * @param rows indicators with at least one figure, in catalogue order
 */
record YearFigures(List<Line> rows) {

    /**
     * One indicator's twelve months.
     *
     * @param shown the figures on the table's basis, null where none
     * @param monthly each month's own figure, for the chart
     */
    record Line(String code, String label, String unit, List<BigDecimal> shown, List<BigDecimal> monthly) {}

    static YearFigures of(List<IndicatorValues.Figure> figures, List<ReportingFields.Field> fields, Basis basis) {
        Map<String, List<IndicatorValues.Figure>> byIndicator =
                figures.stream().collect(Collectors.groupingBy(IndicatorValues.Figure::indicator));
        List<Line> rows = new ArrayList<>();
        for (ReportingFields.Field field : fields) {
            List<IndicatorValues.Figure> own = byIndicator.get(field.code());
            if (own == null || own.isEmpty()) {
                continue;
            }
            rows.add(new Line(
                    field.code(),
                    field.label(),
                    field.unit(),
                    months(
                            own,
                            basis == Basis.YTD ? IndicatorValues.Figure::ytdValue : IndicatorValues.Figure::monthValue),
                    months(own, IndicatorValues.Figure::monthValue)));
        }
        return new YearFigures(List.copyOf(rows));
    }

    /** The chart's series names: label and unit of each indicator. */
    public List<String> chartNames() {
        return rows.stream()
                .map(line -> line.label() + " (" + line.unit() + ")")
                .toList();
    }

    /** The chart's series: each month's own figure, null where none. */
    public List<List<BigDecimal>> chartData() {
        return rows.stream().map(Line::monthly).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    private static List<BigDecimal> months(
            List<IndicatorValues.Figure> figures, Function<IndicatorValues.Figure, BigDecimal> value) {
        BigDecimal[] months = new BigDecimal[12];
        for (IndicatorValues.Figure figure : figures) {
            BigDecimal v = value.apply(figure);
            months[figure.period().getMonthValue() - 1] = v == null ? null : v.stripTrailingZeros();
        }
        return Arrays.asList(months);
    }
}
