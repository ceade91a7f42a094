package com.parkops.indicators.web;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.ContributionQuery;
import com.parkops.indicators.GroupBy;
import java.time.YearMonth;
import java.util.List;

/**
 * What the monitoring pages show, with every default already applied: the year-to-date period
 * (January..{@code month} of {@code year}), the indicator the charts and rankings follow, the
 * indicators of the summary table, its grouping, and the group a drill-down opens.
 */
record MonitoringFilter(
        int year, int month, String indicator, List<String> indicators, GroupBy groupBy, String group, int page) {

    static final int PAGE_SIZE = 50;

    MonitoringFilter {
        indicators = List.copyOf(indicators);
    }

    YearMonth period() {
        return YearMonth.of(year, month);
    }

    /** The summary's indicators as one request parameter, e.g. {@code output,tax}. */
    public String indicatorList() {
        return String.join(",", indicators);
    }

    public String groupKey() {
        return groupBy.key();
    }

    AnalysisScope scope() {
        return new AnalysisScope(groupBy, group);
    }

    ContributionQuery contributions() {
        return new ContributionQuery(year, month, indicator, scope());
    }

    int offset() {
        return page * PAGE_SIZE;
    }
}
