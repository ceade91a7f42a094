package com.parkops.indicators.domain;

import com.parkops.indicators.AnalysisScope;
import com.parkops.indicators.IndicatorTrends;
import com.parkops.indicators.MonthlySeries;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly series in one pass over the indicator's figures of two years: the zone's cumulative
 * total at month m is Σ over enterprises of their latest year-to-date value ≤ m, which equals the
 * running sum of each figure's increase over the enterprise's previous figure of the year. So the
 * database sums increases per month and a window accumulates them; no month × enterprise fan-out.
 */
@Service
@Transactional(readOnly = true)
class JdbcIndicatorTrends implements IndicatorTrends {

    /** One year's month as the database sums it. */
    private record Row(int year, int month, BigDecimal monthValue, BigDecimal ytdValue, long enterprises) {}

    private final JdbcClient jdbc;
    private final KnownIndicators indicators;

    JdbcIndicatorTrends(JdbcClient jdbc, KnownIndicators indicators) {
        this.jdbc = jdbc;
        this.indicators = indicators;
    }

    @Override
    public Optional<YearMonth> latestPeriod(UUID zoneId) {
        return jdbc.sql("select max(period) from indicators.value where zone_id = :zone")
                .param("zone", zoneId)
                .query(Date.class)
                .optional()
                .map(date -> YearMonth.from(date.toLocalDate()));
    }

    @Override
    public MonthlySeries monthly(UUID zoneId, String indicator, int year, AnalysisScope scope) {
        indicators.require(zoneId, indicator);
        List<Row> rows = jdbc.sql("""
                with figures as (
                    select extract(year from v.period)::int as year,
                           extract(month from v.period)::int as month,
                           v.month_value,
                           v.ytd_value - coalesce(lag(v.ytd_value) over (
                               partition by v.enterprise_id, date_trunc('year', v.period) order by v.period), 0)
                               as increase
                    from indicators.value v
                    join registry.enterprise_profile e on e.zone_id = v.zone_id and e.id = v.enterprise_id
                    where v.zone_id = :zone and v.indicator = :indicator
                      and v.period >= :from and v.period < :to
                      and %s
                ), months as (
                    select year, month, sum(month_value) as month_total, sum(increase) as increase,
                           count(*) as enterprises
                    from figures
                    group by year, month
                )
                select year, month, month_total,
                       sum(increase) over (partition by year order by month) as ytd_total,
                       enterprises
                from months
                order by year, month
                """.formatted(ScopeSql.condition(scope)))
                .param("zone", zoneId)
                .param("indicator", indicator)
                .param("group", ScopeSql.group(scope))
                .param("from", Date.valueOf(LocalDate.of(year - 1, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, n) -> new Row(
                        rs.getInt("year"),
                        rs.getInt("month"),
                        rs.getBigDecimal("month_total"),
                        rs.getBigDecimal("ytd_total"),
                        rs.getLong("enterprises")))
                .list();
        TreeMap<Integer, Row> current = new TreeMap<>();
        TreeMap<Integer, Row> prior = new TreeMap<>();
        for (Row row : rows) {
            (row.year() == year ? current : prior).put(row.month(), row);
        }
        return new MonthlySeries(indicator, year, scope, months(current), months(prior));
    }

    /** January to the last month with figures; a month nobody reported carries the total forward. */
    private static List<MonthlySeries.Month> months(TreeMap<Integer, Row> byMonth) {
        List<MonthlySeries.Month> months = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return months;
        }
        BigDecimal carried = null;
        for (int month = 1; month <= byMonth.lastKey(); month++) {
            Row row = byMonth.get(month);
            if (row == null) {
                months.add(new MonthlySeries.Month(month, null, carried, 0));
            } else {
                carried = Growth.round(row.ytdValue(), 2);
                months.add(
                        new MonthlySeries.Month(month, Growth.round(row.monthValue(), 2), carried, row.enterprises()));
            }
        }
        return months;
    }
}
