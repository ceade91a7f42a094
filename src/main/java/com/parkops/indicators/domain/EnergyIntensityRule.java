package com.parkops.indicators.domain;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 能耗强度异常: year-to-date energy ÷ valueAdded more than N times the median of the enterprise's
 * chain for the same month (or less than 1/N of it). Enterprises without a chain are not judged.
 */
@Component
@Order(5)
class EnergyIntensityRule implements QualityRule {

    private final JdbcClient jdbc;
    private final QualityProperties.EnergyIntensity settings;

    EnergyIntensityRule(JdbcClient jdbc, QualityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.energyIntensity();
    }

    @Override
    public Found apply(Context context) {
        if (!settings.enabled()) {
            return Found.NONE;
        }
        // The intensities go into an analysed temp table first: right after a zone registers its
        // enterprises their statistics are stale, the planner then expects one intensity and
        // joins the flagged rows against the batch in a nested loop (minutes for a 6,000-row
        // batch). The candidates are joined last, as a hash join on the few flagged rows.
        jdbc.sql("drop table if exists pg_temp.ind_intensity").update();
        jdbc.sql("""
                create temp table ind_intensity on commit drop as
                select en.enterprise_id, en.period, p.chain, en.ytd_value / va.ytd_value as ratio
                from indicators.value en
                join indicators.value va on va.zone_id = en.zone_id and va.indicator = 'valueAdded'
                     and va.enterprise_id = en.enterprise_id and va.period = en.period
                join registry.enterprise_profile p on p.zone_id = en.zone_id and p.id = en.enterprise_id
                where en.zone_id = :zone and en.indicator = 'energy' and va.ytd_value > 0
                  and p.chain is not null
                  and en.period in (select distinct period from ind_new
                                    where indicator in ('energy', 'valueAdded'))
                """).param("zone", context.zoneId()).update();
        jdbc.sql("analyze ind_intensity").update();
        String sql = """
                with median as (
                    select chain, period, percentile_cont(0.5) within group (order by ratio::float8) as median,
                           count(*) as peers
                    from ind_intensity
                    group by chain, period
                ), flagged as (
                    select i.enterprise_id, i.period, i.ratio, m.median::numeric as median
                    from ind_intensity i
                    join median m on m.chain = i.chain and m.period = i.period
                    where m.peers >= :peers and m.median > 0
                      and (i.ratio > m.median::numeric * :factor or i.ratio * :factor < m.median::numeric)
                )
                select min(n.row_no) as row_no, 'energy' as field, round(f.ratio, 4) as ratio,
                       round(f.median, 4) as median, count(*) over () as total
                from flagged f
                join ind_new n on n.enterprise_id = f.enterprise_id and n.period = f.period
                     and n.indicator in ('energy', 'valueAdded')
                group by f.enterprise_id, f.period, f.ratio, f.median
                order by row_no
                """;
        return RuleQuery.run(
                jdbc,
                sql,
                Map.of("zone", context.zoneId(), "peers", settings.minPeers(), "factor", settings.factor()),
                context.limit(),
                rs -> new Finding(
                        rs.getInt("row_no"),
                        "energy",
                        "indicators.quality.energyIntensity",
                        rs.getBigDecimal("ratio").toPlainString(),
                        rs.getBigDecimal("median").toPlainString(),
                        settings.factor().toPlainString()));
    }
}
