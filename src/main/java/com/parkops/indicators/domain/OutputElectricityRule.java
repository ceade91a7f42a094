package com.parkops.indicators.domain;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 产值与用电量背离: year-on-year growth of output and of electricity differ by more than N points
 * (e.g. output +40 % while electricity −5 %), a classic sign of a misreported output.
 */
@Component
@Order(4)
class OutputElectricityRule implements QualityRule {

    private final JdbcClient jdbc;
    private final QualityProperties.OutputElectricity settings;

    OutputElectricityRule(JdbcClient jdbc, QualityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.outputElectricity();
    }

    @Override
    public Found apply(Context context) {
        if (!settings.enabled()) {
            return Found.NONE;
        }
        String sql = """
                with candidate as (
                    select min(row_no) as row_no, enterprise_id, period
                    from ind_facts
                    where indicator in ('output', 'electricity')
                    group by enterprise_id, period
                ), growth as (
                    select c.row_no,
                           (vo.ytd_value / po.ytd_value - 1) * 100 as output_pct,
                           (ve.ytd_value / pe.ytd_value - 1) * 100 as electricity_pct
                    from candidate c
                    join ind_prior po on po.indicator = 'output' and po.enterprise_id = c.enterprise_id
                         and po.period = c.period
                    join ind_prior pe on pe.indicator = 'electricity' and pe.enterprise_id = c.enterprise_id
                         and pe.period = c.period
                    join indicators.value vo on vo.zone_id = :zone and vo.indicator = 'output'
                         and vo.enterprise_id = c.enterprise_id and vo.period = c.period
                    join indicators.value ve on ve.zone_id = :zone and ve.indicator = 'electricity'
                         and ve.enterprise_id = c.enterprise_id and ve.period = c.period
                    where po.ytd_value > 0 and pe.ytd_value > 0
                )
                select row_no, 'output' as field, round(output_pct, 2) as output_pct,
                       round(electricity_pct, 2) as electricity_pct, count(*) over () as total
                from growth
                where abs(output_pct - electricity_pct) > :threshold
                order by row_no
                """;
        return RuleQuery.run(
                jdbc,
                sql,
                Map.of("zone", context.zoneId(), "threshold", settings.thresholdPoints()),
                context.limit(),
                rs -> new Finding(
                        rs.getInt("row_no"),
                        "output",
                        "indicators.quality.outputElectricity",
                        rs.getBigDecimal("output_pct").toPlainString(),
                        rs.getBigDecimal("electricity_pct").toPlainString(),
                        settings.thresholdPoints().toPlainString()));
    }
}
