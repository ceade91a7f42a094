package com.parkops.indicators.web;

import com.parkops.indicators.MonthlySeries;
import com.parkops.indicators.SummaryRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Builds the monitoring pages' chart specifications, labelled in the reader's language. */
@Component
class MonitoringCharts {

    private final ObjectMapper json;
    private final MessageSource messages;

    MonitoringCharts(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The month figures of the year against the year before, as bars. */
    String monthly(MonthlySeries series, String unit) {
        return years(series, unit, "bar", MonthlySeries.Month::monthValue);
    }

    /** The cumulative (year-to-date) totals of the year against the year before, as lines. */
    String cumulative(MonthlySeries series, String unit) {
        return years(series, unit, "line", MonthlySeries.Month::ytdValue);
    }

    /**
     * Comparable growth per group as bars; a group without a percentage shows its status in words.
     *
     * @param labels the groups' names as shown
     * @param links per group, its drill-down address
     */
    String growth(List<SummaryRow> rows, List<String> labels, List<String> links) {
        List<BigDecimal> data = rows.stream().map(SummaryRow::yoyPercent).toList();
        List<String> notes = rows.stream()
                .map(row -> row.yoyPercent() == null ? message("monitoring.status." + row.status()) : null)
                .toList();
        return write(new ChartSpec(
                "bar",
                "%",
                labels,
                List.of(new ChartSpec.Series(message("monitoring.chart.yoy"), data)),
                links,
                notes,
                "#drill"));
    }

    private String years(
            MonthlySeries series, String unit, String kind, Function<MonthlySeries.Month, BigDecimal> value) {
        int months = Math.max(series.current().size(), series.prior().size());
        List<String> categories = IntStream.rangeClosed(1, months)
                .mapToObj(month -> message("monitoring.chart.month", String.valueOf(month)))
                .toList();
        return write(new ChartSpec(
                kind,
                unit,
                categories,
                List.of(
                        new ChartSpec.Series(
                                message("monitoring.chart.year", String.valueOf(series.year())),
                                values(series.current(), value)),
                        new ChartSpec.Series(
                                message("monitoring.chart.year", String.valueOf(series.year() - 1)),
                                values(series.prior(), value))),
                null,
                null,
                null));
    }

    private static List<BigDecimal> values(
            List<MonthlySeries.Month> months, Function<MonthlySeries.Month, BigDecimal> value) {
        List<BigDecimal> values = new ArrayList<>();
        months.forEach(month -> values.add(value.apply(month)));
        return values;
    }

    private String write(ChartSpec spec) {
        return json.writeValueAsString(spec);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
