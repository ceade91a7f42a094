package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationIndicator;
import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.io.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A run's results as an XLSX workbook, one row per result with its per-indicator breakdown
 * (value, benchmark, weight, score, capped for every indicator of the scheme), written with POI's
 * streaming workbook so that only a window of rows stays in memory. Headers are in Chinese
 * whatever the page language: the workbook is filed and passed on as the zone's record.
 */
final class ResultWorkbook implements AutoCloseable {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final int WINDOW = 200;
    private static final int FIXED_COLUMNS = 10;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle headerStyle;
    private final CellStyle twoDecimals;
    private final CellStyle fourDecimals;
    private final List<String> indicators;
    private final SXSSFSheet sheet;
    private final BiFunction<String, Object[], String> text;

    /**
     * @param text a message in Chinese by key and arguments
     */
    ResultWorkbook(EvaluationRun run, BiFunction<String, Object[], String> text) {
        this.text = text;
        headerStyle = WorkbookStyles.bold(workbook);
        twoDecimals = WorkbookStyles.number(workbook, "#,##0.00");
        fourDecimals = WorkbookStyles.number(workbook, "#,##0.0000");
        indicators = indicators(run.scheme());
        sheet = workbook.createSheet(message("evalpages.xlsx.sheet"));
        header();
    }

    /** The indicator codes of every pool of the scheme, in the order they first appear. */
    static List<String> indicators(Scheme scheme) {
        Set<String> codes = new LinkedHashSet<>();
        for (Scheme.Pool pool : scheme.pools()) {
            pool.indicators().forEach(indicator -> codes.add(indicator.code()));
        }
        return List.copyOf(codes);
    }

    private void header() {
        List<String> headers = new ArrayList<>();
        for (String key : List.of(
                "pool",
                "rank",
                "graded",
                "name",
                "creditCode",
                "grade",
                "computedGrade",
                "score",
                "exemptReason",
                "bonusPenalty")) {
            headers.add(message("evalpages.xlsx." + key));
        }
        for (String code : indicators) {
            String name = message("evaluation.indicator." + code);
            String unit = EvaluationIndicator.byCode(code)
                    .map(EvaluationIndicator::unit)
                    .orElse("");
            headers.add(message("evalpages.xlsx.value", name, unit));
            headers.add(message("evalpages.xlsx.benchmark", name));
            headers.add(message("evalpages.xlsx.weight", name));
            headers.add(message("evalpages.xlsx.indicatorScore", name));
            headers.add(message("evalpages.xlsx.capped", name));
        }
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 2 + 4)) * 256);
        }
        sheet.createFreezePane(4, 1);
    }

    /** Appends one result. */
    void add(EvaluationResult result) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        text(row, 0, result.pool());
        number(row, 1, result.rank() == null ? null : BigDecimal.valueOf(result.rank()), null);
        number(row, 2, BigDecimal.valueOf(result.graded()), null);
        text(row, 3, result.name());
        text(row, 4, result.creditCode());
        text(row, 5, result.grade().name());
        text(row, 6, result.computedGrade().name());
        number(row, 7, result.score(), twoDecimals);
        text(row, 8, result.exemptReason());
        number(row, 9, result.bonus().subtract(result.penalty()), twoDecimals);
        for (IndicatorScore score : result.indicators()) {
            int at = indicators.indexOf(score.code());
            if (at < 0) {
                continue;
            }
            int column = FIXED_COLUMNS + at * 5;
            number(row, column, score.value(), fourDecimals);
            number(row, column + 1, score.benchmark(), fourDecimals);
            number(row, column + 2, score.weight(), twoDecimals);
            number(row, column + 3, score.score(), twoDecimals);
            text(row, column + 4, score.capped() ? message("evalpages.xlsx.yes") : "");
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    private void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** A number rounded half-up as its style shows it (2 or 4 decimals), or as is without a style. */
    private void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (style == null) {
            cell.setCellValue(value.doubleValue());
            return;
        }
        int scale = style == fourDecimals ? 4 : 2;
        cell.setCellValue(value.setScale(scale, RoundingMode.HALF_UP).doubleValue());
        cell.setCellStyle(style);
    }

    private String message(String key, Object... args) {
        return text.apply(key, args);
    }
}
