package com.parkops.registry.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell texts as typed values, accepting what spreadsheets show: {@code 2019-02}, {@code 2019/2},
 * {@code 2019年2月}; {@code 2011-06-04}, {@code 2011/6/4}, {@code 2011年6月4日}; {@code 7,299.5}.
 * A date cell of Excel's built-in short-date format reads as {@code 6/4/11} (month/day/two-digit
 * year, POI's rendering of format 14), which is accepted too. Each parser returns empty for text
 * it cannot read.
 */
final class ImportCells {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern MONTH_WITH_DAY =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern EXCEL_SHORT_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private ImportCells() {}

    static Optional<YearMonth> yearMonth(String text) {
        Matcher month = MONTH.matcher(text);
        Matcher day = MONTH_WITH_DAY.matcher(text);
        try {
            if (month.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
            }
            if (day.matches() || EXCEL_SHORT_DATE.matcher(text).matches()) {
                return date(text).map(YearMonth::from);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        Matcher day = MONTH_WITH_DAY.matcher(text);
        Matcher excel = EXCEL_SHORT_DATE.matcher(text);
        try {
            if (day.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(day.group(1)),
                        Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3))));
            }
            if (excel.matches()) {
                return Optional.of(LocalDate.of(
                        fullYear(Integer.parseInt(excel.group(3))),
                        Integer.parseInt(excel.group(1)),
                        Integer.parseInt(excel.group(2))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Two-digit years up to this year's are this century's, later ones the last century's. */
    private static int fullYear(int twoDigits) {
        int thisYear = LocalDate.now().getYear();
        int century = thisYear - thisYear % 100;
        return century + twoDigits <= thisYear ? century + twoDigits : century - 100 + twoDigits;
    }

    static Optional<BigDecimal> number(String text) {
        String plain = text.replace(",", "").replace("，", "").replace(" ", "");
        if (!NUMBER.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }
}
