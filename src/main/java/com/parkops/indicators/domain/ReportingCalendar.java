package com.parkops.indicators.domain;

import com.parkops.indicators.SubmissionStatus;
import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** An enterprise's twelve months of a year: open or not, due when, in which state, overdue or not. */
@Component
class ReportingCalendar {

    private final SubmissionReads reads;
    private final ZoneToday today;
    private final DueDates dueDates;

    ReportingCalendar(SubmissionReads reads, ZoneToday today, ReportingProperties properties) {
        this.reads = reads;
        this.today = today;
        this.dueDates = new DueDates(properties.dueDay());
    }

    List<Submissions.Month> year(UUID zoneId, UUID enterpriseId, int year) {
        LocalDate now = today.today(zoneId);
        Map<YearMonth, SubmissionView> reports = reads.ofYear(zoneId, enterpriseId, year);
        Set<YearMonth> recorded = reads.recordedMonths(zoneId, enterpriseId, year);
        List<Submissions.Month> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            SubmissionView report = reports.get(period);
            SubmissionStatus status = report == null ? null : report.status();
            boolean open = dueDates.open(period, now);
            boolean delivered = status != null && status.delivered() || recorded.contains(period);
            months.add(new Submissions.Month(
                    period,
                    open,
                    dueDates.dueOn(period),
                    status,
                    report == null ? null : report.id(),
                    recorded.contains(period),
                    open && !delivered && dueDates.pastDue(period, now)));
        }
        return months;
    }

    /** Whether the month has begun in the zone, so that it can be reported. */
    boolean open(UUID zoneId, YearMonth period) {
        return dueDates.open(period, today.today(zoneId));
    }
}
