package com.parkops.investment.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell texts as typed values: dates as {@code 2021-06-15}, {@code 2021/6/15} or {@code 2021年6月15日};
 * numbers with optional thousands separators. Each parser answers empty for text it cannot read.
 */
final class Cells {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Cells() {}

    static Optional<LocalDate> date(String text) {
        Matcher day = DATE.matcher(text);
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
        return NUMBER.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }
}
