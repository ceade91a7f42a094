package com.parkops.evaluation.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * What static/js/evaluation-pages.js draws with ECharts, serialised into a {@code data-chart}
 * attribute.
 *
 * @param kind {@code bar} or {@code line}
 * @param unit shown on the value axis and in the tooltip
 */
record ResultChart(String kind, String unit, List<String> categories, List<Series> series) {

    /**
     * One series.
     *
     * @param colors per data point, its colour (null = the palette's)
     * @param labels per data point, a label written at the point (null = none)
     */
    record Series(String name, List<BigDecimal> data, List<String> colors, List<String> labels) {}
}
