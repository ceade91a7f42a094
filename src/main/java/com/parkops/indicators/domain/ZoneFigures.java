package com.parkops.indicators.domain;

import com.parkops.indicators.ZoneMetrics;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The zone's full-year figures: per enterprise and year the year-to-date value of its latest
 * reported month, then sums over sums (never means of ratios), land as registered now.
 */
@Component
class ZoneFigures {

    private final JdbcClient jdbc;

    ZoneFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sums of one year. */
    private record Sums(
            BigDecimal tax,
            BigDecimal taxMu,
            BigDecimal output,
            BigDecimal outputMu,
            BigDecimal energy,
            BigDecimal energyValueAdded,
            BigDecimal leadingRevenue,
            BigDecimal revenue,
            BigDecimal emergingValueAdded) {}

    ZoneMetrics compute(UUID zoneId, int year) {
        Map<Integer, Sums> byYear = new HashMap<>();
        jdbc.sql("""
                with latest as (
                    -- full-year value = Σ month values (these five are FLOW indicators)
                    select v.indicator, v.enterprise_id, extract(year from v.period)::int as year,
                           sum(v.month_value) as ytd_value
                    from indicators.value v
                    where v.zone_id = :zone
                      and v.indicator in ('tax', 'output', 'energy', 'valueAdded', 'revenue')
                      and v.period >= :from and v.period < :to
                    group by v.indicator, v.enterprise_id, extract(year from v.period)
                ), per_enterprise as (
                    select enterprise_id, year,
                           max(ytd_value) filter (where indicator = 'tax') as tax,
                           max(ytd_value) filter (where indicator = 'output') as output,
                           max(ytd_value) filter (where indicator = 'energy') as energy,
                           max(ytd_value) filter (where indicator = 'valueAdded') as value_added,
                           max(ytd_value) filter (where indicator = 'revenue') as revenue
                    from latest
                    group by enterprise_id, year
                )
                select f.year,
                       sum(f.tax) filter (where e.land_mu > 0) as tax,
                       sum(e.land_mu) filter (where e.land_mu > 0 and f.tax is not null) as tax_mu,
                       sum(f.output) filter (where e.land_mu > 0) as output,
                       sum(e.land_mu) filter (where e.land_mu > 0 and f.output is not null) as output_mu,
                       sum(f.energy) filter (where f.value_added is not null) as energy,
                       sum(f.value_added) filter (where f.energy is not null) as energy_value_added,
                       sum(f.revenue) filter (where e.leading_chain) as leading_revenue,
                       sum(f.revenue) as revenue,
                       sum(f.value_added) filter (where e.emerging_category is not null) as emerging_value_added
                from per_enterprise f
                join registry.enterprise_profile e on e.zone_id = :zone and e.id = f.enterprise_id
                group by f.year
                """)
                .param("zone", zoneId)
                .param("from", Date.valueOf(LocalDate.of(year - 1, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(rs -> {
                    byYear.put(
                            rs.getInt("year"),
                            new Sums(
                                    rs.getBigDecimal("tax"),
                                    rs.getBigDecimal("tax_mu"),
                                    rs.getBigDecimal("output"),
                                    rs.getBigDecimal("output_mu"),
                                    rs.getBigDecimal("energy"),
                                    rs.getBigDecimal("energy_value_added"),
                                    rs.getBigDecimal("leading_revenue"),
                                    rs.getBigDecimal("revenue"),
                                    rs.getBigDecimal("emerging_value_added")));
                });
        Sums none = new Sums(null, null, null, null, null, null, null, null, null);
        Sums current = byYear.getOrDefault(year, none);
        Sums prior = byYear.getOrDefault(year - 1, none);
        boolean leadingSet = leadingChainSet(zoneId);
        return new ZoneMetrics(
                year,
                metric(Growth.ratio(current.tax(), current.taxMu()), Growth.ratio(prior.tax(), prior.taxMu()), 2),
                metric(
                        Growth.ratio(current.output(), current.outputMu()),
                        Growth.ratio(prior.output(), prior.outputMu()),
                        2),
                metric(
                        Growth.ratio(current.energy(), current.energyValueAdded()),
                        Growth.ratio(prior.energy(), prior.energyValueAdded()),
                        4),
                metric(
                        leadingSet ? share(current.leadingRevenue(), current.revenue()) : null,
                        leadingSet ? share(prior.leadingRevenue(), prior.revenue()) : null,
                        2),
                metric(current.emergingValueAdded(), prior.emergingValueAdded(), 2),
                new ZoneMetrics.Count(newAboveScale(zoneId, year)));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        BigDecimal ratio = Growth.ratio(part == null && whole != null ? BigDecimal.ZERO : part, whole);
        return ratio == null ? null : ratio.multiply(BigDecimal.valueOf(100));
    }

    private static ZoneMetrics.Metric metric(BigDecimal current, BigDecimal prior, int scale) {
        BigDecimal yoy =
                current == null || prior == null || prior.signum() == 0 ? null : Growth.percent(current, prior);
        return new ZoneMetrics.Metric(Growth.round(current, scale), Growth.round(prior, scale), yoy);
    }

    private boolean leadingChainSet(UUID zoneId) {
        return jdbc.sql("select count(*) from registry.enterprise_profile where zone_id = :zone and leading_chain")
                        .param("zone", zoneId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private long newAboveScale(UUID zoneId, int year) {
        return jdbc.sql("""
                select count(*) from registry.enterprise_profile
                where zone_id = :zone and above_scale_since >= :from and above_scale_since < :to
                """)
                .param("zone", zoneId)
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query(Long.class)
                .single();
    }
}
