package com.parkops.investment.web;

import com.parkops.investment.ContestLeague.ContestTable;
import com.parkops.investment.ContestLeague.Criterion;
import com.parkops.investment.ContestLeague.Standing;
import com.parkops.shared.io.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The league table as an XLSX sheet: one row per team, numbers as numbers. */
final class ContestWorkbook {

    private ContestWorkbook() {}

    static void write(ContestTable table, String title, Function<String, String> text, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text.apply("contest.xlsx.sheet"));
            CellStyle bold = WorkbookStyles.bold(workbook);
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(bold);
            List<String> headers = List.of(
                    "contest.col.rank",
                    "contest.col.team",
                    "contest.col.signed",
                    "contest.col.signedTarget",
                    "contest.col.signedPercent",
                    "contest.col.signedScore",
                    "contest.col.started",
                    "contest.col.startedTarget",
                    "contest.col.startedPercent",
                    "contest.col.startedScore",
                    "contest.col.funds",
                    "contest.col.fundsTarget",
                    "contest.col.fundsPercent",
                    "contest.col.fundsScore",
                    "contest.col.score");
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(text.apply(headers.get(i)));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 3;
            for (Standing s : table.standings()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.rank());
                row.createCell(1).setCellValue(s.teamName());
                int c = 2;
                for (Criterion criterion : List.of(s.signedAmount(), s.projectsStarted(), s.fundsInPlace())) {
                    number(row, c++, criterion.value());
                    number(row, c++, criterion.target());
                    number(row, c++, criterion.targetPercent());
                    number(row, c++, criterion.score());
                }
                number(row, c, s.score());
            }
            sheet.setColumnWidth(1, 20 * 256);
            workbook.write(out);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
