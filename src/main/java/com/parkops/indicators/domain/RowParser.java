package com.parkops.indicators.domain;

import com.parkops.shared.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one data row on its own (format of code and period, numbers, signs) and hands it to the
 * staging table. What needs the whole file or the database (unknown codes, duplicate rows) is
 * checked afterwards in SQL. A row with a bad cell is still staged with its good parts, so those
 * checks can report on it too; the import fails either way.
 */
final class RowParser {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final int MAX_DIGITS = 18;

    private final ImportHeader header;
    private final StagingTable staging;
    private final Findings errors;
    private final BigDecimal[] values;
    private int rows;
    private long cells;

    RowParser(ImportHeader header, StagingTable staging, Findings errors) {
        this.header = header;
        this.staging = staging;
        this.errors = errors;
        this.values = new BigDecimal[header.columns().size()];
    }

    void row(int rowNumber, List<String> cells) {
        if (blank(cells)) {
            return;
        }
        rows++;
        String code = CreditCode.normalize(cell(cells, header.creditCodeColumn()));
        boolean codeOk = checkCode(rowNumber, code);
        LocalDate period = period(rowNumber, cell(cells, header.periodColumn()));
        for (int i = 0; i < values.length; i++) {
            values[i] = value(
                    rowNumber,
                    header.columns().get(i),
                    cell(cells, header.columns().get(i).index()));
        }
        for (int i = header.width(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                errors.add(rowNumber, "row", "indicators.import.row.extraCell", i + 1);
                break;
            }
        }
        if (codeOk && period != null) {
            staging.add(rowNumber, code, period, values);
        }
    }

    int rows() {
        return rows;
    }

    long cells() {
        return cells;
    }

    private boolean checkCode(int rowNumber, String code) {
        if (code.isEmpty()) {
            errors.add(rowNumber, "creditCode", "indicators.import.required");
            return false;
        }
        if (CreditCode.problem(code).isPresent()) {
            errors.add(rowNumber, "creditCode", "indicators.import.creditCode.invalid", code);
            return false;
        }
        return true;
    }

    private LocalDate period(int rowNumber, String text) {
        Matcher matcher = PERIOD.matcher(text.strip());
        if (text.isBlank()) {
            errors.add(rowNumber, "period", "indicators.import.required");
            return null;
        }
        if (!matcher.matches()) {
            errors.add(rowNumber, "period", "indicators.import.period.invalid", text.strip());
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = Integer.parseInt(matcher.group(2));
        if (year < 1990 || year > 2999 || month < 1 || month > 12) {
            errors.add(rowNumber, "period", "indicators.import.period.invalid", text.strip());
            return null;
        }
        return LocalDate.of(year, month, 1);
    }

    private BigDecimal value(int rowNumber, ImportHeader.Column column, String text) {
        String raw = text.strip();
        if (raw.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(rowNumber, column.code(), "indicators.import.value.notNumber", raw);
            return null;
        }
        if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > 8) {
            errors.add(rowNumber, column.code(), "indicators.import.value.outOfRange", raw);
            return null;
        }
        if (value.signum() < 0 && !column.definition().negativeAllowed()) {
            errors.add(rowNumber, column.code(), "indicators.import.value.negative", raw);
            return null;
        }
        cells++;
        return value;
    }

    private static String cell(List<String> cells, int index) {
        String value = index < cells.size() ? cells.get(index) : null;
        return value == null ? "" : value;
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
