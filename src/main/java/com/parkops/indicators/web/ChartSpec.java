package com.parkops.indicators.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * What static/js/monitoring.js draws with ECharts, serialised into a {@code data-chart} attribute.
 *
 * @param kind {@code bar} or {@code line}
 * @param links per category, the address a click opens (null for none)
 * @param notes per category, words shown in the tooltip instead of a missing value
 * @param target the element a clicked link is loaded into with htmx
 */
record ChartSpec(
        String kind,
        String unit,
        List<String> categories,
        List<Series> series,
        List<String> links,
        List<String> notes,
        String target) {

    record Series(String name, List<BigDecimal> data) {}
}
