package com.parkops.registry.domain;

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

/**
 * A registry file read into its header and non-blank rows, with the header's problems: unknown
 * or repeated columns and missing required ones.
 */
final class ImportSheet {

    /** A data row: the cells of the known columns, keyed by column, and its number in the file. */
    record Row(int number, Map<ImportColumn, String> cells) {

        boolean has(ImportColumn column) {
            return cells.containsKey(column);
        }

        String cell(ImportColumn column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    private final Map<Integer, ImportColumn> columns = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<InputError> headerErrors = new ArrayList<>();
    private boolean headerSeen;

    private ImportSheet() {}

    static ImportSheet read(InputStream input, RegistryMessages messages) throws IOException {
        ImportSheet sheet = new ImportSheet();
        TabularReader.read(input, (number, cells) -> sheet.accept(number, cells, messages));
        if (!sheet.headerSeen) {
            sheet.headerErrors.add(messages.error(1, "file", "registry.import.empty"));
        }
        return sheet;
    }

    private void accept(int number, List<String> cells, RegistryMessages messages) {
        if (!headerSeen) {
            headerSeen = true;
            header(cells, messages);
            return;
        }
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        Map<ImportColumn, String> known = new EnumMap<>(ImportColumn.class);
        columns.forEach((index, column) -> known.put(column, index < cells.size() ? cells.get(index) : ""));
        rows.add(new Row(number, known));
    }

    private void header(List<String> cells, RegistryMessages messages) {
        Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
        for (int index = 0; index < cells.size(); index++) {
            String header = cells.get(index) == null ? "" : cells.get(index).strip();
            if (header.isEmpty()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.byHeader(header);
            if (column.isEmpty()) {
                headerErrors.add(messages.error(1, header, "registry.import.unknownColumn", header, knownHeaders()));
            } else if (seen.containsKey(column.get())) {
                headerErrors.add(messages.error(1, column.get().key(), "registry.import.repeatedColumn", header));
            } else {
                seen.put(column.get(), index);
                columns.put(index, column.get());
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                headerErrors.add(
                        messages.error(1, column.key(), "registry.import.missingColumn", column.key(), column.label()));
            }
        }
    }

    private static String knownHeaders() {
        StringBuilder text = new StringBuilder();
        for (ImportColumn column : ImportColumn.values()) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(column.key())
                    .append('/')
                    .append(column.label());
        }
        return text.toString();
    }

    List<Row> rows() {
        return rows;
    }

    List<InputError> headerErrors() {
        return headerErrors;
    }

    /** Whether every required column is present, so rows can be checked at all. */
    boolean readable() {
        return headerErrors.stream().noneMatch(error -> error.field().equals("file"))
                && columns.values().containsAll(List.of(ImportColumn.CREDIT_CODE, ImportColumn.NAME));
    }
}
