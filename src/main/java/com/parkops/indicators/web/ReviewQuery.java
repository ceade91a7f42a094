package com.parkops.indicators.web;

import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.Submissions;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The review queue's filters as they come from the address: {@code period} ({@code YYYY-MM}),
 * {@code status} (a status name, {@code any}, or absent for SUBMITTED), {@code flagged}
 * ({@code true}/{@code false}/absent), {@code page} from 0, and {@code overdue}, the month whose
 * overdue reports are listed (absent: the zone's last closed month).
 */
record ReviewQuery(String period, String status, String flagged, Integer page, String overdue) {

    YearMonth periodValue() {
        return month(period);
    }

    YearMonth overdueValue() {
        return month(overdue);
    }

    /** The status filter; SUBMITTED by default, none for {@code any}. */
    SubmissionStatus statusValue() {
        if (status == null) {
            return SubmissionStatus.SUBMITTED;
        }
        try {
            return SubmissionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException any) {
            return null;
        }
    }

    public String statusKey() {
        SubmissionStatus value = statusValue();
        return value == null ? "any" : value.name();
    }

    public Boolean flaggedValue() {
        return flagged == null || flagged.isBlank() ? null : Boolean.valueOf(flagged.strip());
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    Submissions.Filter filter() {
        return Submissions.Filter.zone(periodValue(), statusValue(), flaggedValue());
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
