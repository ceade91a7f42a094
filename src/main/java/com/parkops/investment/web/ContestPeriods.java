package com.parkops.investment.web;

import com.parkops.investment.ContestLeague.ContestPeriod;
import com.parkops.shared.InputError;
import com.parkops.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The page's period parameter: empty or {@code Y} for the whole year, {@code Q1}..{@code Q4} for a
 * quarter, {@code M1}..{@code M12} for a month.
 */
final class ContestPeriods {

    private ContestPeriods() {}

    static ContestPeriod parse(int year, String period, ContestPageText text) {
        String code = period == null ? "" : period.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.isEmpty() || code.equals("Y")) {
                return new ContestPeriod(year, null, null);
            }
            int n = Integer.parseInt(code.substring(1));
            if (code.charAt(0) == 'Q' && n >= 1 && n <= 4) {
                return new ContestPeriod(year, n, null);
            }
            if (code.charAt(0) == 'M' && n >= 1 && n <= 12) {
                return new ContestPeriod(year, null, n);
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the refusal below
        }
        throw new InvalidInputException(
                text.get("contest.error.invalid"),
                List.of(new InputError(null, "period", text.get("contest.error.period"))));
    }

    static String code(ContestPeriod period) {
        return period.quarter() != null ? "Q" + period.quarter() : period.month() != null ? "M" + period.month() : "Y";
    }

    /** Every period code of a year in order: the year, four quarters, twelve months. */
    static List<String> codes() {
        List<String> codes = new ArrayList<>(List.of("Y", "Q1", "Q2", "Q3", "Q4"));
        for (int m = 1; m <= 12; m++) {
            codes.add("M" + m);
        }
        return codes;
    }
}
