package com.parkops.appeals.web;

import com.parkops.appeals.DepartmentMetrics;
import com.parkops.appeals.MetricRates;
import com.parkops.appeals.MetricsReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.support.MessageSourceAccessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The bar charts of the metrics page as JSON for {@code data-chart} (drawn by
 * static/js/appeals-metrics.js): the four completion rates per department, and satisfaction and
 * re-dispatch per department. Departments with nothing counted are left out.
 */
final class MetricsCharts {

    private MetricsCharts() {}

    static List<String> of(MetricsReport report, MessageSourceAccessor text, ObjectMapper json) {
        List<DepartmentMetrics> rows = report.departments().stream()
                .filter(d -> !d.counts().equals(com.parkops.appeals.MetricCounts.ZERO))
                .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> names =
                rows.stream().map(DepartmentMetrics::departmentName).toList();
        Map<String, Function<MetricRates, BigDecimal>> first = new LinkedHashMap<>();
        first.put("completion", MetricRates::completion);
        first.put("onTime", MetricRates::onTime);
        first.put("resolution", MetricRates::resolution);
        first.put("settlement", MetricRates::settlement);
        Map<String, Function<MetricRates, BigDecimal>> second = new LinkedHashMap<>();
        second.put("satisfaction", MetricRates::satisfaction);
        second.put("redispatch", MetricRates::redispatch);
        return List.of(
                chart(text.getMessage("appeals.metrics.chart.handling"), names, rows, first, text, json),
                chart(text.getMessage("appeals.metrics.chart.service"), names, rows, second, text, json));
    }

    private static String chart(
            String title,
            List<String> names,
            List<DepartmentMetrics> rows,
            Map<String, Function<MetricRates, BigDecimal>> rates,
            MessageSourceAccessor text,
            ObjectMapper json) {
        List<Map<String, Object>> series = new ArrayList<>();
        rates.forEach((key, rate) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", text.getMessage("appeals.metrics.col.rate." + key));
            s.put("data", rows.stream().map(r -> rate.apply(r.rates())).toList());
            series.add(s);
        });
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("title", title);
        chart.put("categories", names);
        chart.put("series", series);
        return json.writeValueAsString(chart);
    }
}
