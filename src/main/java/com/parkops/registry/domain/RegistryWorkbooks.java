package com.parkops.registry.domain;

import com.parkops.registry.Enterprise;
import com.parkops.registry.EnterpriseFilter;
import com.parkops.registry.EnterpriseQueries;
import com.parkops.registry.RegistryFiles;
import com.parkops.shared.io.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * XLSX in the import format through POI's streaming workbook: only a window of rows is in memory,
 * the rest is flushed to a temporary file that is removed afterwards.
 */
@Service
class RegistryWorkbooks implements RegistryFiles {

    private static final int WINDOW = 200;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final EnterpriseQueries queries;

    RegistryWorkbooks(EnterpriseQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public void exportXlsx(UUID zoneId, EnterpriseFilter filter, OutputStream out) throws IOException {
        write(
                out,
                (sheet, area) -> queries.forEachMatching(zoneId, filter, enterprise -> {
                    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                    fill(row, enterprise, area);
                }));
    }

    @Override
    public void templateXlsx(OutputStream out) throws IOException {
        write(out, (sheet, area) -> {});
    }

    private interface Body {
        void write(SXSSFSheet sheet, CellStyle area);
    }

    private static void write(OutputStream out, Body body) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet("企业档案");
            CellStyle headerStyle = WorkbookStyles.bold(workbook);
            Row header = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].label());
                header.getCell(i).setCellStyle(headerStyle);
                sheet.setColumnWidth(i, (i == 1 ? 36 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            CellStyle area = workbook.createCellStyle();
            area.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            body.write(sheet, area);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** One cell per {@link ImportColumn}, in its order. */
    private static void fill(Row row, Enterprise e, CellStyle area) {
        text(row, 0, e.creditCode());
        text(row, 1, e.name());
        text(row, 2, e.industryCode());
        text(row, 3, e.chain());
        text(row, 4, e.emergingCategory() == null ? null : e.emergingCategory().shortName());
        text(row, 5, e.scale().chinese());
        text(row, 6, e.aboveScaleSince() == null ? null : e.aboveScaleSince().format(MONTH));
        text(row, 7, e.registeredOn() == null ? null : e.registeredOn().toString());
        row.createCell(8).setCellValue(e.ownedLandM2().doubleValue());
        row.getCell(8).setCellStyle(area);
        text(row, 9, e.exemptReason());
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
