package com.parkops.appeals.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The period picked on the metrics page: {@code period} is a quarter ({@code 2026-Q3}), a month
 * ({@code 2026-07}), a year ({@code 2026}) or {@code custom} with {@code from} and {@code to}.
 * Nothing picked (or something unreadable) means the current quarter.
 */
record MetricsPeriod(
        String period,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static final String CUSTOM = "custom";

    /** The first and last day of the period; a custom period without both days is the current quarter. */
    LocalDate[] days(LocalDate today) {
        if (CUSTOM.equals(period) || (period == null && from != null && to != null)) {
            if (from != null && to != null) {
                return new LocalDate[] {from, to};
            }
            return quarter(today.getYear(), quarterOf(today));
        }
        try {
            if (period != null && period.matches("\\d{4}-Q[1-4]")) {
                return quarter(Integer.parseInt(period.substring(0, 4)), period.charAt(6) - '0');
            }
            if (period != null && period.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(period);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            if (period != null && period.matches("\\d{4}")) {
                int year = Integer.parseInt(period);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
        } catch (DateTimeException unreadable) {
            // falls back to the current quarter
        }
        return quarter(today.getYear(), quarterOf(today));
    }

    /** The value the period select shows as chosen. */
    String selected(LocalDate today) {
        if (CUSTOM.equals(period) || (period == null && from != null && to != null)) {
            return CUSTOM;
        }
        LocalDate[] days = days(today);
        return period != null && days[0] != null && choices(today).contains(period) ? period : quarterKey(days[0]);
    }

    /** The choices of the select: the quarters of this year and the last, then those years, then the months of this year. */
    static List<String> choices(LocalDate today) {
        List<String> values = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            for (int q = year == today.getYear() ? quarterOf(today) : 4; q >= 1; q--) {
                values.add(year + "-Q" + q);
            }
        }
        values.add(String.valueOf(today.getYear()));
        values.add(String.valueOf(today.getYear() - 1));
        for (int m = today.getMonthValue(); m >= 1; m--) {
            values.add(String.format(Locale.ROOT, "%d-%02d", today.getYear(), m));
        }
        return values;
    }

    /** The query string of the same period, for the export link. */
    String query(LocalDate today) {
        LocalDate[] days = days(today);
        return "from=" + days[0] + "&to=" + days[1];
    }

    private static String quarterKey(LocalDate day) {
        return day.getYear() + "-Q" + quarterOf(day);
    }

    private static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    private static LocalDate[] quarter(int year, int q) {
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
    }
}
