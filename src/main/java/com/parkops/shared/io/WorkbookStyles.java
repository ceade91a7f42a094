package com.parkops.shared.io;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles ParkOps' XLSX exports share: bold headers and numbers in a fixed format. */
public final class WorkbookStyles {

    /** The content type of an XLSX file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private WorkbookStyles() {}

    /** A new style with a bold font, for header and title cells. */
    public static CellStyle bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    /** A new style showing numbers in an Excel format such as {@code #,##0.00} or {@code 0.00}. */
    public static CellStyle number(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
