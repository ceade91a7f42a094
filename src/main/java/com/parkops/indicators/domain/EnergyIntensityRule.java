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
        String sql = """
                with candidate as (
                    select min(row_no) as row_no, enterprise_id, period
                    from ind_new
                    where indicator in ('energy', 'valueAdded')
                    group by enterprise_id, period
                ), intensity as (
                    select en.enterprise_id, en.period, p.chain, en.ytd_value / va.ytd_value as ratio
                    from indicators.value en
                    join indicators.value va on va.zone_id = en.zone_id and va.indicator = 'valueAdded'
                         and va.enterprise_id = en.enterprise_id and va.period = en.period
                    join registry.enterprise_profile p on p.zone_id = en.zone_id and p.id = en.enterprise_id
                    where en.zone_id = :zone and en.indicator = 'energy' and va.ytd_value > 0
                      and p.chain is not null
                      and en.period in (select distinct period from candidate)
                ), median as (
                    select chain, period, percentile_cont(0.5) within group (order by ratio::float8) as median,
                           count(*) as peers
                    from intensity
                    group by chain, period
                )
                select c.row_no, 'energy' as field, round(i.ratio, 4) as ratio,
                       round(m.median::numeric, 4) as median, count(*) over () as total
                from candidate c
                join intensity i on i.enterprise_id = c.enterprise_id and i.period = c.period
                join median m on m.chain = i.chain and m.period = i.period
                where m.peers >= :peers and m.median > 0
                  and (i.ratio > m.median::numeric * :factor or i.ratio * :factor < m.median::numeric)
                order by c.row_no
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
