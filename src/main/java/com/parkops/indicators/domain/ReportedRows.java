package com.parkops.indicators.domain;

import com.parkops.indicators.ReportedRow;
import com.parkops.shared.io.TabularReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Submitted figures as the rows of a table, so they pass through the same pipeline as a file. */
final class ReportedRows implements ImportPipeline.RowSource {

    private final List<ReportedRow> rows;
    private final List<String> codes;

    ReportedRows(List<ReportedRow> rows) {
        this.rows = List.copyOf(rows);
        Set<String> all = new LinkedHashSet<>();
        rows.forEach(row -> all.addAll(new TreeSet<>(row.values().keySet())));
        this.codes = List.copyOf(all);
    }

    @Override
    public void read(TabularReader.RowHandler handler) {
        List<String> header = new ArrayList<>(List.of("creditCode", "period"));
        header.addAll(codes);
        handler.row(1, header);
        int number = 1;
        for (ReportedRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(row.creditCode() == null ? "" : row.creditCode());
            cells.add(row.period() == null ? "" : row.period().toString());
            for (String code : codes) {
                BigDecimal value = row.values().get(code);
                cells.add(value == null ? "" : value.toPlainString());
            }
            handler.row(++number, cells);
        }
    }
}
