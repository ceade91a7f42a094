package com.parkops.appeals.web;

import com.parkops.appeals.DepartmentMetrics;
import com.parkops.appeals.MetricCounts;
import com.parkops.appeals.MetricRates;
import com.parkops.appeals.MetricsReport;
import com.parkops.shared.io.WorkbookStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The metrics table as an XLSX sheet: a title row with the period, the header, one row per
 * department and the total; counts as numbers, rates as numbers with two decimals (empty where the
 * page shows "—").
 */
final class MetricsWorkbook {

    /** The columns after the department, in order, with their message keys. */
    static final List<String> COLUMNS = List.of(
            "dispatched",
            "due",
            "closed",
            "closedOnTime",
            "resolved",
            "revisited",
            "satisfied",
            "redispatched",
            "overdue",
            "rate.completion",
            "rate.onTime",
            "rate.resolution",
            "rate.satisfaction",
            "rate.redispatch",
            "rate.settlement");

    private MetricsWorkbook() {}

    static byte[] write(MetricsReport report, String sheetName, String title, Function<String, String> header) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle headerStyle = WorkbookStyles.bold(workbook);
            CellStyle rateStyle = WorkbookStyles.number(workbook, "0.00");
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row head = sheet.createRow(1);
            List<String> headers = new ArrayList<>();
            headers.add(header.apply("department"));
            COLUMNS.forEach(c -> headers.add(header.apply(c)));
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, (i == 0 ? 28 : 12) * 256);
            }
            int r = 2;
            for (DepartmentMetrics row : report.departments()) {
                line(sheet.createRow(r++), row, rateStyle);
            }
            line(sheet.createRow(r), report.total(), rateStyle);
            sheet.createFreezePane(1, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, DepartmentMetrics m, CellStyle rateStyle) {
        row.createCell(0).setCellValue(m.departmentName());
        MetricCounts c = m.counts();
        int[] counts = {
            c.dispatched(),
            c.due(),
            c.closed(),
            c.closedOnTime(),
            c.resolved(),
            c.revisited(),
            c.satisfied(),
            c.redispatched(),
            c.overdue()
        };
        for (int i = 0; i < counts.length; i++) {
            row.createCell(1 + i).setCellValue(counts[i]);
        }
        MetricRates rates = m.rates();
        BigDecimal[] values = {
            rates.completion(),
            rates.onTime(),
            rates.resolution(),
            rates.satisfaction(),
            rates.redispatch(),
            rates.settlement()
        };
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                Cell cell = row.createCell(1 + counts.length + i);
                cell.setCellValue(values[i].doubleValue());
                cell.setCellStyle(rateStyle);
            }
        }
    }
}
