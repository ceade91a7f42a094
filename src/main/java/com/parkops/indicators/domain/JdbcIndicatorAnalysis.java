package com.parkops.indicators.domain;

import com.parkops.indicators.GroupBy;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.IndicatorCatalogue;
import com.parkops.indicators.IndicatorDefinition;
import com.parkops.indicators.IndicatorKind;
import com.parkops.indicators.Summary;
import com.parkops.indicators.SummaryQuery;
import com.parkops.indicators.SummaryRow;
import com.parkops.indicators.ZoneMetrics;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summaries and zone figures, aggregated in PostgreSQL. An enterprise's year-to-date figure at
 * month M is the year-to-date value of its latest reported month ≤ M of that year: for FLOW the
 * cumulative sum, for AVERAGE the mean of the months reported. Because stored month values are
 * the differences of the running totals (see {@link ValueMerge#mergeValues}), that is Σ month
 * values (÷ their count for AVERAGE) — one hash aggregation, no per-enterprise sort. Only the
 * groups' sums come to Java for rounding and the growth status.
 */
@Service
@Transactional(readOnly = true)
class JdbcIndicatorAnalysis implements IndicatorAnalysis {

    private static final Map<GroupBy, String> GROUP = Map.of(
            GroupBy.ZONE, "'zone'",
            GroupBy.CHAIN, "e.chain",
            GroupBy.ENTERPRISE, "e.credit_code::text",
            GroupBy.SCALE, "lower(e.scale)",
            GroupBy.INDUSTRY, "left(e.industry_code, 3)");

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final ZoneFigures zoneFigures;

    JdbcIndicatorAnalysis(JdbcClient jdbc, IndicatorCatalogue catalogue, ZoneFigures zoneFigures) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.zoneFigures = zoneFigures;
    }

    @Override
    public Summary summary(UUID zoneId, SummaryQuery query) {
        Map<String, IndicatorDefinition> definitions =
                catalogue.asOf(zoneId, YearMonth.of(query.year(), query.month())).stream()
                        .collect(Collectors.toMap(IndicatorDefinition::code, Function.identity()));
        List<String> indicators = query.indicators().stream().distinct().toList();
        for (String code : indicators) {
            if (!definitions.containsKey(code)) {
                throw new IllegalArgumentException("Unknown indicator: " + code);
            }
        }
        String[] averages = definitions.values().stream()
                .filter(d -> d.kind() == IndicatorKind.AVERAGE)
                .map(IndicatorDefinition::code)
                .toArray(String[]::new);
        List<SummaryRow> rows = sums(zoneId, query, indicators, averages).stream()
                .sorted(Comparator.comparing(SummaryRow::group, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(row -> indicators.indexOf(row.indicator())))
                .toList();
        List<Summary.DefinitionUsed> used = indicators.stream()
                .map(definitions::get)
                .map(d -> new Summary.DefinitionUsed(
                        d.code(), d.nameZh(), d.unit(), d.effectiveFrom().toString()))
                .toList();
        return new Summary(query.year(), query.month(), rows, used);
    }

    private List<SummaryRow> sums(UUID zoneId, SummaryQuery query, List<String> indicators, String[] averages) {
        String sql = """
                with latest as (
                    select v.indicator, v.enterprise_id, extract(year from v.period)::int as year,
                           sum(v.month_value) / case when v.indicator = any(cast(:averages as text[]))
                                                     then count(*) else 1 end as ytd_value
                    from indicators.value v
                    where v.zone_id = :zone and v.indicator in (:indicators)
                      and (v.period between :currentFrom and :currentTo or v.period between :priorFrom and :priorTo)
                      and (cast(:only as uuid) is null or v.enterprise_id = cast(:only as uuid))
                    group by v.indicator, v.enterprise_id, extract(year from v.period)
                ), paired as (
                    select indicator, enterprise_id,
                           max(ytd_value) filter (where year = :year) as cur,
                           max(ytd_value) filter (where year = :year - 1) as pri
                    from latest
                    group by indicator, enterprise_id
                )
                select %s as grp, p.indicator,
                       coalesce(sum(p.cur), 0) as current,
                       coalesce(sum(p.pri), 0) as prior,
                       coalesce(sum(p.cur) filter (where p.cur is not null and p.pri is not null), 0) as cur_comparable,
                       coalesce(sum(p.pri) filter (where p.cur is not null and p.pri is not null), 0) as pri_comparable
                from paired p
                join registry.enterprise_profile e on e.zone_id = :zone and e.id = p.enterprise_id
                group by 1, 2
                """.formatted(GROUP.get(query.groupBy()));
        int year = query.year();
        int month = query.month();
        return jdbc.sql(sql)
                .param("zone", zoneId)
                .param("indicators", indicators)
                .param("year", year)
                .param("currentFrom", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("currentTo", Date.valueOf(LocalDate.of(year, month, 1)))
                .param("priorFrom", Date.valueOf(LocalDate.of(year - 1, 1, 1)))
                .param("priorTo", Date.valueOf(LocalDate.of(year - 1, month, 1)))
                .param("only", query.onlyEnterprise())
                .param("averages", averages)
                .query((rs, n) -> row(
                        rs.getString("grp"),
                        rs.getString("indicator"),
                        rs.getBigDecimal("current"),
                        rs.getBigDecimal("prior"),
                        rs.getBigDecimal("cur_comparable"),
                        rs.getBigDecimal("pri_comparable")))
                .list();
    }

    static SummaryRow row(
            String group,
            String indicator,
            BigDecimal current,
            BigDecimal prior,
            BigDecimal currentComparable,
            BigDecimal priorComparable) {
        return new SummaryRow(
                group,
                indicator,
                Growth.round(current, 2),
                Growth.round(prior, 2),
                Growth.round(currentComparable, 2),
                Growth.round(priorComparable, 2),
                Growth.yoyPercent(currentComparable, priorComparable),
                Growth.status(currentComparable, priorComparable));
    }

    @Override
    public ZoneMetrics zoneMetrics(UUID zoneId, int year) {
        return zoneFigures.compute(zoneId, year);
    }
}
