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
 * Each parser returns empty for text it cannot read.
 */
final class ImportCells {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern MONTH_WITH_DAY =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private ImportCells() {}

    static Optional<YearMonth> yearMonth(String text) {
        Matcher month = MONTH.matcher(text);
        Matcher day = MONTH_WITH_DAY.matcher(text);
        try {
            if (month.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
            }
            if (day.matches()) {
                return date(text).map(YearMonth::from);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        Matcher day = MONTH_WITH_DAY.matcher(text);
        if (!day.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> number(String text) {
        String plain = text.replace(",", "").replace("，", "").replace(" ", "");
        if (!NUMBER.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }
}
