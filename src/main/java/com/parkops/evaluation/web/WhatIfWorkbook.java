package com.parkops.evaluation.web;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationWhatIf.Comparison;
import com.parkops.evaluation.EvaluationWhatIf.Mover;
import com.parkops.evaluation.EvaluationWhatIf.PoolComparison;
import com.parkops.evaluation.Grade;
import com.parkops.shared.io.WorkbookStyles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The what-if comparison as XLSX: the movers (every one, in the page's order) and the transition
 * matrix of each pool. Text in the reader's language; scores are numbers with two decimals.
 */
final class WhatIfWorkbook {

    private WhatIfWorkbook() {}

    static void write(
            HttpServletResponse response,
            EvaluationText text,
            EvaluationRun run,
            Comparison comparison,
            List<Mover> movers)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = WorkbookStyles.bold(workbook);
            CellStyle amount = WorkbookStyles.number(workbook, "0.00");

            Sheet sheet = workbook.createSheet(text.get("whatif.xlsx.movers"));
            int row = 0;
            row = line(sheet, row, header, null, List.of(text.get("whatif.xlsx.a"), comparison.nameA()));
            row = line(sheet, row, header, null, List.of(text.get("whatif.xlsx.b"), comparison.nameB()));
            row++;
            List<Object> headers = new ArrayList<>();
            for (String key : List.of(
                    "creditCode",
                    "name",
                    "pool",
                    "gradeA",
                    "gradeB",
                    "movement",
                    "scoreA",
                    "rankA",
                    "scoreB",
                    "rankB")) {
                headers.add(text.get("whatif.col." + key));
            }
            row = line(sheet, row, header, null, headers);
            for (Mover m : movers) {
                List<Object> cells = new ArrayList<>();
                cells.add(m.creditCode());
                cells.add(m.name());
                cells.add(m.pool());
                cells.add(grade(text, m.gradeA()));
                cells.add(grade(text, m.gradeB()));
                cells.add(m.movement());
                cells.add(ResultJson.round(m.scoreA(), 2));
                cells.add(m.rankA());
                cells.add(ResultJson.round(m.scoreB(), 2));
                cells.add(m.rankB());
                row = line(sheet, row, null, amount, cells);
            }
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, (i == 1 ? 36 : 14) * 256);
            }

            Sheet matrix = workbook.createSheet(text.get("whatif.xlsx.matrix"));
            row = 0;
            for (PoolComparison pool : comparison.pools()) {
                row = line(matrix, row, header, null, List.of(pool.pool(), text.get("whatif.matrix.corner")));
                List<Object> top = new ArrayList<>();
                top.add("");
                pool.grades().forEach(g -> top.add(grade(text, g)));
                top.add(text.get("whatif.matrix.totalA"));
                row = line(matrix, row, header, null, top);
                for (Grade from : pool.grades()) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(grade(text, from));
                    int sum = 0;
                    for (Grade to : pool.grades()) {
                        cells.add(pool.count(from, to));
                        sum += pool.count(from, to);
                    }
                    cells.add(sum);
                    row = line(matrix, row, null, null, cells);
                }
                List<Object> totals = new ArrayList<>();
                totals.add(text.get("whatif.matrix.totalB"));
                int all = 0;
                for (Grade to : pool.grades()) {
                    int sum = 0;
                    for (Grade from : pool.grades()) {
                        sum += pool.count(from, to);
                    }
                    totals.add(sum);
                    all += sum;
                }
                totals.add(all);
                row = line(matrix, row, header, null, totals) + 1;
            }
            matrix.setColumnWidth(0, 24 * 256);

            response.setContentType(WorkbookStyles.XLSX);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(
                                    text.get("whatif.xlsx.file", String.valueOf(run.year())) + ".xlsx",
                                    StandardCharsets.UTF_8)
                            .build()
                            .toString());
            try (OutputStream out = response.getOutputStream()) {
                workbook.write(out);
            }
        }
    }

    private static String grade(EvaluationText text, Grade grade) {
        return grade == null ? text.get("whatif.grade.none") : text.get("evaluation.grade." + grade.name());
    }

    private static int line(Sheet sheet, int index, CellStyle style, CellStyle amount, List<?> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                if (amount != null) {
                    cell.setCellStyle(amount);
                }
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return index + 1;
    }
}
