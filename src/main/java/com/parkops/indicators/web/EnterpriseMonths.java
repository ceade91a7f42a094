package com.parkops.indicators.web;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorValues.Figure;
import com.parkops.indicators.MonthlySeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One enterprise's figures of one indicator month by month, this year beside the same month of the
 * year before. {@code yoyPercent} compares the year-to-date values: (current ÷ prior − 1) × 100,
 * half-up to 2 decimals, only when prior &gt; 0 and current ≥ 0, as the summary's rule.
 */
record EnterpriseMonths(String indicator, int year, List<Row> rows) {

    record Row(int month, Figure current, Figure prior, BigDecimal yoyPercent) {}

    static EnterpriseMonths of(String indicator, int year, List<Figure> current, List<Figure> prior) {
        Figure[] thisYear = byMonth(indicator, current);
        Figure[] lastYear = byMonth(indicator, prior);
        List<Row> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Figure now = thisYear[month];
            Figure before = lastYear[month];
            if (now != null || before != null) {
                rows.add(new Row(month, now, before, yoy(now, before)));
            }
        }
        return new EnterpriseMonths(indicator, year, rows);
    }

    /** The same months as series for the charts. */
    MonthlySeries series(String creditCode) {
        int last = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).month();
        List<MonthlySeries.Month> current = new ArrayList<>();
        List<MonthlySeries.Month> prior = new ArrayList<>();
        for (int month = 1; month <= last; month++) {
            Row row = row(month);
            current.add(month(month, row == null ? null : row.current()));
            prior.add(month(month, row == null ? null : row.prior()));
        }
        return new MonthlySeries(indicator, year, new AnalysisScope(GroupBy.ENTERPRISE, creditCode), current, prior);
    }

    private Row row(int month) {
        return rows.stream().filter(r -> r.month() == month).findFirst().orElse(null);
    }

    private static MonthlySeries.Month month(int month, Figure figure) {
        return figure == null
                ? new MonthlySeries.Month(month, null, null, 0)
                : new MonthlySeries.Month(month, figure.monthValue(), figure.ytdValue(), 1);
    }

    private static Figure[] byMonth(String indicator, List<Figure> figures) {
        Figure[] months = new Figure[13];
        for (Figure figure : figures) {
            if (figure.indicator().equals(indicator)) {
                months[figure.period().getMonthValue()] = figure;
            }
        }
        return months;
    }

    private static BigDecimal yoy(Figure current, Figure prior) {
        if (current == null
                || prior == null
                || prior.ytdValue().signum() <= 0
                || current.ytdValue().signum() < 0) {
            return null;
        }
        return current.ytdValue()
                .divide(prior.ytdValue(), MathContext.DECIMAL128)
                .subtract(BigDecimal.ONE)
                .movePointRight(2)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
