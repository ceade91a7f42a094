package com.parkops.shared.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook through POI's SAX event model, so a sheet of a million rows
 * never becomes a million objects. Cells read as Excel displays them; blank rows are kept so row
 * numbers match what the user sees.
 */
final class XlsxRows {

    private XlsxRows() {}

    static void read(InputStream input, TabularReader.RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(input)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), null, strings, new Rows(handler), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("Not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TabularReader.RowHandler handler;
        private List<String> cells = new ArrayList<>();
        private int lastRow = -1;

        Rows(TabularReader.RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            for (int blank = lastRow + 1; blank < rowNum; blank++) {
                handler.row(blank + 1, List.of());
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lastRow = rowNum;
            handler.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = columnIndex(reference);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        private static int columnIndex(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (reference.charAt(i) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
