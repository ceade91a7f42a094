package com.parkops.indicators.domain;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 累计值倒挂: a year-to-date figure of a FLOW indicator that may not be negative is lower than the
 * previous reported month's, i.e. the derived month value is negative.
 */
@Component
@Order(2)
class CumulativeDecreaseRule implements QualityRule {

    private final JdbcClient jdbc;
    private final QualityProperties.CumulativeDecrease settings;

    CumulativeDecreaseRule(JdbcClient jdbc, QualityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.cumulativeDecrease();
    }

    @Override
    public Found apply(Context context) {
        if (!settings.enabled()) {
            return Found.NONE;
        }
        String sql = """
                select n.row_no, n.indicator as field, v.ytd_value as ytd,
                       v.ytd_value - v.month_value as previous, count(*) over () as total
                from ind_new n
                join ind_kind k on k.code = n.indicator and k.kind = 'FLOW' and not k.negative_allowed
                join indicators.value v on v.zone_id = :zone and v.indicator = n.indicator
                     and v.enterprise_id = n.enterprise_id and v.period = n.period
                where v.month_value < 0
                  and -v.month_value > (v.ytd_value - v.month_value) * :tolerance / 100
                order by n.row_no, n.indicator
                """;
        return RuleQuery.run(
                jdbc,
                sql,
                Map.of("zone", context.zoneId(), "tolerance", settings.tolerancePercent()),
                context.limit(),
                rs -> new Finding(
                        rs.getInt("row_no"),
                        rs.getString("field"),
                        "indicators.quality.cumulativeDecrease",
                        rs.getBigDecimal("ytd").stripTrailingZeros().toPlainString(),
                        rs.getBigDecimal("previous").stripTrailingZeros().toPlainString()));
    }
}
