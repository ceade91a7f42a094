package com.parkops.shared.web;

import com.parkops.shared.io.WorkbookStyles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An XLSX download of plain tables: each sheet has a bold, frozen header row with columns wide
 * enough for it; decimals are numeric cells shown with two decimals ({@code #,##0.00}), other
 * numbers numeric cells, everything else text.
 */
public final class TableWorkbook implements AutoCloseable {

    private static final int WINDOW = 200;

    private final Workbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle decimalStyle;
    private Sheet sheet;

    private TableWorkbook(Workbook workbook) {
        this.workbook = workbook;
        headerStyle = WorkbookStyles.bold(workbook);
        decimalStyle = WorkbookStyles.number(workbook, "#,##0.00");
    }

    /** A workbook held in memory, for small exports. */
    public static TableWorkbook inMemory() {
        return new TableWorkbook(new XSSFWorkbook());
    }

    /**
     * A workbook written with POI's streaming workbook: only a window of rows stays in memory, so
     * an export of every enterprise of a province-sized zone does not fill the heap.
     */
    public static TableWorkbook streaming() {
        return new TableWorkbook(new SXSSFWorkbook(WINDOW));
    }

    /** Starts a sheet with a bold, frozen header row. */
    public TableWorkbook sheet(String name, List<String> headers) {
        sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() * 3 + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** Appends a row to the current sheet; null leaves the cell empty. */
    public void row(List<?> cells) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(decimalStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** Sets the download headers and writes the workbook as the response body. */
    public void send(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(WorkbookStyles.XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        workbook.write(response.getOutputStream());
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        if (workbook instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
    }
}
