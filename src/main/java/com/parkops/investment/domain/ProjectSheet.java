package com.parkops.investment.domain;

import com.parkops.shared.InputError;
import com.parkops.shared.io.TabularReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A project file read into its non-blank rows, with the header's problems. */
final class ProjectSheet {

    /** A data row: the cells of the known columns and its number in the file (header = 1). */
    record Row(int number, Map<ProjectColumn, String> cells) {

        boolean has(ProjectColumn column) {
            return cells.containsKey(column);
        }

        String cell(ProjectColumn column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The export's informational columns, skipped so an exported list can be imported again. */
    private static final java.util.Set<String> EXPORT_ONLY =
            java.util.Set.of("招商团队", "负责人", "5020项目", "细分领域龙头", "上市企业", "折合万元", "项目状态");

    private final Map<Integer, ProjectColumn> columns = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<InputError> headerErrors = new ArrayList<>();
    private boolean headerSeen;

    private ProjectSheet() {}

    static ProjectSheet read(InputStream input, InvestmentMessages messages) throws IOException {
        ProjectSheet sheet = new ProjectSheet();
        TabularReader.read(input, (number, cells) -> sheet.accept(number, cells, messages));
        if (!sheet.headerSeen) {
            sheet.headerErrors.add(messages.error(1, "file", "investment.import.empty"));
        }
        return sheet;
    }

    private void accept(int number, List<String> cells, InvestmentMessages messages) {
        if (!headerSeen) {
            headerSeen = true;
            header(cells, messages);
            return;
        }
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        Map<ProjectColumn, String> known = new EnumMap<>(ProjectColumn.class);
        columns.forEach((index, column) -> known.put(column, index < cells.size() ? cells.get(index) : ""));
        rows.add(new Row(number, known));
    }

    private void header(List<String> cells, InvestmentMessages messages) {
        Map<ProjectColumn, Integer> seen = new EnumMap<>(ProjectColumn.class);
        for (int index = 0; index < cells.size(); index++) {
            String header = cells.get(index) == null ? "" : cells.get(index).strip();
            if (header.isEmpty()) {
                continue;
            }
            Optional<ProjectColumn> column = ProjectColumn.byHeader(header);
            if (column.isEmpty() && EXPORT_ONLY.contains(header)) {
                continue;
            }
            if (column.isEmpty()) {
                headerErrors.add(messages.error(1, header, "investment.import.unknownColumn", header));
            } else if (seen.containsKey(column.get())) {
                headerErrors.add(messages.error(1, column.get().key(), "investment.import.repeatedColumn", header));
            } else {
                seen.put(column.get(), index);
                columns.put(index, column.get());
            }
        }
        for (ProjectColumn column : ProjectColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                headerErrors.add(messages.error(
                        1, column.key(), "investment.import.missingColumn", column.key(), column.label()));
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    List<InputError> headerErrors() {
        return headerErrors;
    }
}
