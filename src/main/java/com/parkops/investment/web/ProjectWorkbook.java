package com.parkops.investment.web;

import com.parkops.investment.ProjectView;
import com.parkops.investment.Stage;
import com.parkops.shared.io.WorkbookStyles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The project list as an XLSX workbook. The first eleven columns are the import's, headed by their
 * Chinese labels, so the file can be edited and imported again; the columns after them (team,
 * owner, labels, 万元 equivalent, outcome) are for reading and the import skips them.
 */
final class ProjectWorkbook {

    /** The import's columns, then the informational ones (the import skips those). */
    static final List<String> HEADERS = List.of(
            "项目编号", "项目名称", "投资方", "资金来源", "签约金额", "产业链", "签约日期", "开工日期", "投产日期", "实际到位资金", "当前阶段", "招商团队", "负责人",
            "5020项目", "细分领域龙头", "上市企业", "折合万元", "项目状态");

    private ProjectWorkbook() {}

    /** Writes the projects; {@code text} gives a message in Chinese by key. */
    static void write(List<ProjectView> projects, Function<String, String> text, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle header = WorkbookStyles.bold(workbook);
            CellStyle money = WorkbookStyles.number(workbook, "0.00");
            SXSSFSheet sheet = workbook.createSheet(text.apply("investment.export.sheet"));
            SXSSFRow first = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                first.createCell(c).setCellValue(HEADERS.get(c));
                first.getCell(c).setCellStyle(header);
            }
            int r = 1;
            for (ProjectView p : projects) {
                SXSSFRow row = sheet.createRow(r++);
                Object[] values = {
                    p.code(),
                    p.name(),
                    p.investor(),
                    p.capitalSource().chinese(),
                    p.amount(),
                    p.chain(),
                    p.stageDates().get(Stage.SIGNED),
                    p.stageDates().get(Stage.STARTED),
                    p.stageDates().get(Stage.IN_PRODUCTION),
                    p.fundsInPlace(),
                    p.stage().chinese(),
                    p.teamName(),
                    p.ownerName(),
                    yes(p.label5020(), text),
                    yes(p.nicheLeader(), text),
                    yes(p.listedCompany(), text),
                    p.amountWan(),
                    p.closedAs() == null ? "" : text.apply("investment.outcome." + p.closedAs())
                };
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                        row.getCell(c).setCellStyle(money);
                    } else if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date.toString());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String yes(boolean flag, Function<String, String> text) {
        return flag ? text.apply("investment.export.yes") : "";
    }
}
