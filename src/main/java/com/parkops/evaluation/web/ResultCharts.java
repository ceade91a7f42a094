package com.parkops.evaluation.web;

import com.parkops.evaluation.Grade;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Builds the result pages' chart specifications, labelled in the reader's language. */
@Component
class ResultCharts {

    /** The grade badges' colours (static/css/evaluation.css), so that chart and table agree. */
    static final Map<Grade, String> COLORS = Map.of(
            Grade.A, "#16a34a",
            Grade.B, "#2563eb",
            Grade.C, "#ca8a04",
            Grade.D, "#dc2626",
            Grade.T, "#6b7280");

    private final ObjectMapper json;
    private final MessageSource messages;

    ResultCharts(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** A pool's number of enterprises per grade, A to T, as coloured bars. */
    String distribution(List<Integer> counts) {
        List<Grade> grades = Arrays.asList(Grade.values());
        return write(new ResultChart(
                "bar",
                message("evalpages.chart.enterprises"),
                grades.stream()
                        .map(g -> message("evaluation.grade." + g.name()))
                        .toList(),
                List.of(new ResultChart.Series(
                        message("evalpages.chart.count"),
                        counts.stream().map(BigDecimal::valueOf).toList(),
                        grades.stream().map(COLORS::get).toList(),
                        null))));
    }

    /** Each indicator's score next to its full weight. */
    String breakdown(List<ResultBreakdownRow> rows) {
        return write(new ResultChart(
                "bar",
                message("evalpages.chart.points"),
                rows.stream()
                        .map(r -> message("evaluation.indicator." + r.code()))
                        .toList(),
                List.of(
                        new ResultChart.Series(
                                message("evalpages.chart.score"),
                                rows.stream().map(ResultBreakdownRow::score).toList(),
                                null,
                                null),
                        new ResultChart.Series(
                                message("evalpages.chart.weight"),
                                rows.stream().map(ResultBreakdownRow::weight).toList(),
                                null,
                                null))));
    }

    /** The score year by year, each point labelled with its grade; oldest year first. */
    String history(List<ResultHistoryRow> rows) {
        return write(new ResultChart(
                "line",
                message("evalpages.chart.points"),
                rows.stream().map(r -> String.valueOf(r.year())).toList(),
                List.of(new ResultChart.Series(
                        message("evalpages.chart.score"),
                        rows.stream().map(ResultHistoryRow::score).toList(),
                        rows.stream().map(r -> COLORS.get(r.grade())).toList(),
                        rows.stream().map(r -> r.grade().name()).toList()))));
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private String write(ResultChart chart) {
        return json.writeValueAsString(chart);
    }
}
