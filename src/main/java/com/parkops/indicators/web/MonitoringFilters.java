package com.parkops.indicators.web;

import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorTrends;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the request's parameters into a {@link MonitoringFilter}: the latest month with figures
 * when no period is given, known indicator codes only, and sensible defaults for the rest, so a
 * hand-edited address never fails.
 */
@Component
class MonitoringFilters {

    /** The summary's indicators when none are chosen. */
    static final List<String> DEFAULT_INDICATORS =
            List.of("output", "revenue", "profit", "tax", "valueAdded", "energy", "employees");

    static final String DEFAULT_INDICATOR = "output";

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final IndicatorTrends trends;
    private final IndicatorCatalogue catalogue;

    MonitoringFilters(IndicatorTrends trends, IndicatorCatalogue catalogue) {
        this.trends = trends;
        this.catalogue = catalogue;
    }

    /** Raw request parameters; any may be null. */
    record Params(
            Integer year,
            Integer month,
            String indicator,
            List<String> indicators,
            String groupBy,
            String group,
            Integer page) {}

    MonitoringFilter resolve(UUID zoneId, Params params) {
        YearMonth period = period(zoneId, params.year(), params.month());
        Set<String> known = catalogue.asOf(zoneId, period).stream()
                .map(IndicatorDefinition::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String indicator = known.contains(params.indicator())
                ? params.indicator()
                : known.contains(DEFAULT_INDICATOR)
                        ? DEFAULT_INDICATOR
                        : known.iterator().next();
        List<String> chosen = params.indicators() == null
                ? List.of()
                : params.indicators().stream()
                        .map(String::strip)
                        .filter(known::contains)
                        .distinct()
                        .toList();
        if (chosen.isEmpty()) {
            chosen = DEFAULT_INDICATORS.stream().filter(known::contains).toList();
        }
        GroupBy groupBy = GroupBy.parse(params.groupBy()).orElse(GroupBy.ZONE);
        String group = params.group() == null || params.group().isBlank()
                ? null
                : params.group().strip();
        int page = params.page() == null ? 0 : Math.max(0, params.page());
        return new MonitoringFilter(period.getYear(), period.getMonthValue(), indicator, chosen, groupBy, group, page);
    }

    /** The asked period, or the latest month with figures (this month when there are none). */
    YearMonth period(UUID zoneId, Integer year, Integer month) {
        if (year != null && month != null) {
            return YearMonth.of(clamp(year, FIRST_YEAR, LAST_YEAR), clamp(month, 1, 12));
        }
        YearMonth latest = trends.latestPeriod(zoneId).orElse(YearMonth.now());
        if (year == null) {
            return month == null ? latest : YearMonth.of(latest.getYear(), clamp(month, 1, 12));
        }
        int y = clamp(year, FIRST_YEAR, LAST_YEAR);
        return YearMonth.of(y, y == latest.getYear() ? latest.getMonthValue() : 12);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
