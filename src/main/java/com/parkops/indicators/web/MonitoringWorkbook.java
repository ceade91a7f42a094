package com.parkops.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An XLSX download written with POI's streaming workbook: only a window of rows stays in memory,
 * so an export of every enterprise of a province-sized zone does not fill the heap. Numbers are
 * numeric cells with two decimals; text stays text.
 */
final class MonitoringWorkbook implements AutoCloseable {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle headerStyle;
    private final CellStyle amountStyle;
    private SXSSFSheet sheet;

    MonitoringWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        amountStyle = workbook.createCellStyle();
        amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
    }

    /** Starts a sheet with a bold, frozen header row. */
    MonitoringWorkbook sheet(String name, List<String> headers) {
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

    /** Appends a row; null leaves the cell empty. */
    void row(List<?> cells) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(amountStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Sets the download headers and writes the workbook as the response body. */
    void send(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        write(response.getOutputStream());
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }
}
