package com.parkops.evaluation.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * A plain official letter on A4 built with POI: centred titles, paragraphs, headings, tables and a
 * signature block. Every run names a CJK font for East Asian text (SimSun, SimHei for titles), so
 * that Word shows the Chinese characters in the usual typeface.
 */
final class LetterDocument implements AutoCloseable {

    static final String BODY_FONT = "SimSun";
    static final String TITLE_FONT = "SimHei";
    static final String LATIN_FONT = "Times New Roman";

    private static final int BODY_SIZE = 12;
    private static final int TABLE_SIZE = 10;
    /** Twentieths of a point: A4 and 2.54 cm / 3.17 cm margins. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN_TOP = 1440;
    private static final long MARGIN_SIDE = 1800;
    private static final long TEXT_WIDTH = A4_WIDTH - 2 * MARGIN_SIDE;
    private static final int[] FACT_WIDTHS = {30, 70};
    private static final String HEADER_FILL = "F2F2F2";

    private final XWPFDocument document = new XWPFDocument();

    LetterDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_TOP));
        margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
        margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
    }

    void title(String text, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(200);
        run(paragraph, text, size, true, TITLE_FONT);
    }

    void paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setFirstLineIndent(BODY_SIZE * 20 * 2);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, BODY_SIZE, false, BODY_FONT);
    }

    /** A paragraph without indent, e.g. the salutation. */
    void line(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(120);
        run(paragraph, text, BODY_SIZE, false, BODY_FONT);
    }

    void heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(200);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, BODY_SIZE, true, TITLE_FONT);
    }

    /** Right-aligned lines, e.g. the issuer and the date under the letter. */
    void right(String text, boolean spaceBefore) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        if (spaceBefore) {
            paragraph.setSpacingBefore(600);
        }
        run(paragraph, text, BODY_SIZE, false, BODY_FONT);
    }

    /**
     * A table with a shaded header row; {@code widths} are the columns' shares of the text width
     * in percent, and the columns in {@code numeric} are right-aligned.
     */
    void table(List<String> header, List<List<String>> rows, int[] widths, Set<Integer> numeric) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        fill(table.getRow(0), header, Set.of(), true, false);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), numeric, false, false);
        }
        widths(table, widths);
        document.createParagraph();
    }

    /** A two-column table of shaded labels and their values. */
    void facts(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), 2);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r), rows.get(r), Set.of(), false, true);
        }
        widths(table, FACT_WIDTHS);
        document.createParagraph();
    }

    /** Fixed column widths in the grid and in every cell, so that Word and LibreOffice agree. */
    private static void widths(XWPFTable table, int[] percents) {
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        for (int c = 0; c < percents.length; c++) {
            long twips = TEXT_WIDTH * percents[c] / 100;
            CTTblGridCol column = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
            column.setW(BigInteger.valueOf(twips));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidth(String.valueOf(twips));
            }
        }
    }

    void write(OutputStream out) {
        try {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(
            XWPFTableRow row, List<String> cells, Set<Integer> numeric, boolean header, boolean labelColumn) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            boolean label = header || (labelColumn && c == 0);
            if (label) {
                cell.setColor(HEADER_FILL);
            }
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            if (numeric.contains(c)) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            run(paragraph, cells.get(c), TABLE_SIZE, label, BODY_FONT);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, String eastAsia) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }
}
