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
                select f.row_no, f.indicator as field, f.ytd_value as ytd,
                       f.ytd_value - f.month_value as previous, count(*) over () as total
                from ind_facts f
                join ind_kind k on k.code = f.indicator and k.kind = 'FLOW' and not k.negative_allowed
                where f.month_value < 0
                  and -f.month_value > (f.ytd_value - f.month_value) * :tolerance / 100
                order by f.row_no, f.indicator
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
