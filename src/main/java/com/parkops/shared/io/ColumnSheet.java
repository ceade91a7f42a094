package com.parkops.shared.io;

import com.parkops.shared.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An imported table read into its non-blank rows by the module's columns, with the header's
 * problems: unknown or repeated columns and missing required ones. Row 1 is the header.
 *
 * @param <C> the module's enum of its columns
 */
public final class ColumnSheet<C extends Enum<C> & SheetColumn> {

    /** Turns a header problem into an error (always of row 1) in the module's own words. */
    @FunctionalInterface
    public interface Errors {
        InputError error(String field, SheetProblem problem, Object... args);
    }

    /** A data row: the cells of the known columns, keyed by column, and its number in the file. */
    public record Row<C>(int number, Map<C, String> cells) {

        public boolean has(C column) {
            return cells.containsKey(column);
        }

        /** The cell without surrounding blanks; empty when the column is absent. */
        public String cell(C column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** A unit people like to add to a label, e.g. 用地面积（m²） or 签约金额(万元). */
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");

    private final Class<C> type;
    private final Set<String> ignored;
    private final Errors errors;
    private final Map<Integer, C> columns = new LinkedHashMap<>();
    private final List<Row<C>> rows = new ArrayList<>();
    private final List<InputError> headerErrors = new ArrayList<>();
    private boolean headerSeen;

    private ColumnSheet(Class<C> type, Set<String> ignored, Errors errors) {
        this.type = type;
        this.ignored = ignored;
        this.errors = errors;
    }

    /**
     * Reads the whole table.
     *
     * @param ignored headers that name no column but are skipped without complaint (e.g. the
     *     informational columns of an export, so that it can be imported again)
     */
    public static <C extends Enum<C> & SheetColumn> ColumnSheet<C> read(
            InputStream input, Class<C> type, Set<String> ignored, Errors errors) throws IOException {
        ColumnSheet<C> sheet = new ColumnSheet<>(type, ignored, errors);
        TabularReader.read(input, sheet::accept);
        if (!sheet.headerSeen) {
            sheet.headerErrors.add(errors.error("file", SheetProblem.EMPTY));
        }
        return sheet;
    }

    private void accept(int number, List<String> cells) {
        if (!headerSeen) {
            headerSeen = true;
            header(cells);
            return;
        }
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        Map<C, String> known = new EnumMap<>(type);
        columns.forEach((index, column) -> known.put(column, index < cells.size() ? cells.get(index) : ""));
        rows.add(new Row<>(number, known));
    }

    private void header(List<String> cells) {
        Map<C, Integer> seen = new EnumMap<>(type);
        for (int index = 0; index < cells.size(); index++) {
            String header = cells.get(index) == null ? "" : cells.get(index).strip();
            if (header.isEmpty()) {
                continue;
            }
            Optional<C> column = byHeader(type, header);
            if (column.isEmpty() && ignored.contains(header)) {
                continue;
            }
            if (column.isEmpty()) {
                headerErrors.add(errors.error(header, SheetProblem.UNKNOWN_COLUMN, header, knownHeaders()));
            } else if (seen.containsKey(column.get())) {
                headerErrors.add(errors.error(column.get().key(), SheetProblem.REPEATED_COLUMN, header));
            } else {
                seen.put(column.get(), index);
                columns.put(index, column.get());
            }
        }
        for (C column : type.getEnumConstants()) {
            if (column.required() && !seen.containsKey(column)) {
                headerErrors.add(errors.error(column.key(), SheetProblem.MISSING_COLUMN, column.key(), column.label()));
            }
        }
    }

    private String knownHeaders() {
        StringBuilder text = new StringBuilder();
        for (C column : type.getEnumConstants()) {
            text.append(text.isEmpty() ? "" : ", ")
                    .append(column.key())
                    .append('/')
                    .append(column.label());
        }
        return text.toString();
    }

    /** The non-blank data rows, in file order. */
    public List<Row<C>> rows() {
        return rows;
    }

    /** The header's problems; rows are worth checking only without them. */
    public List<InputError> headerErrors() {
        return headerErrors;
    }

    /** The columns the header names. */
    public Set<C> columns() {
        return columns.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(columns.values());
    }

    /** Whether the header names every required column, so that rows can be checked at all. */
    public boolean hasRequiredColumns() {
        Set<C> present = columns();
        for (C column : type.getEnumConstants()) {
            if (column.required() && !present.contains(column)) {
                return false;
            }
        }
        return true;
    }

    /** The column a header names, if any. */
    public static <C extends Enum<C> & SheetColumn> Optional<C> byHeader(Class<C> type, String header) {
        String text = header.replace("\uFEFF", "").strip();
        String withoutUnit = UNIT_SUFFIX.matcher(text).replaceFirst("");
        for (C column : type.getEnumConstants()) {
            if (column.key().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))
                    || column.label().equals(text)
                    || column.label().equals(withoutUnit)
                    || column.aliases().contains(text)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * The order errors are reported in: by row (file-wide ones first), then by where the field's
     * column comes in the file format (other fields, e.g. a bad header, first).
     */
    public static <C extends Enum<C> & SheetColumn> Comparator<InputError> errorOrder(Class<C> type) {
        return Comparator.comparing(InputError::row, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                .thenComparing(error -> order(type, error.field()));
    }

    private static <C extends Enum<C> & SheetColumn> int order(Class<C> type, String field) {
        for (C column : type.getEnumConstants()) {
            if (column.key().equals(field)) {
                return column.ordinal();
            }
        }
        return -1;
    }
}
