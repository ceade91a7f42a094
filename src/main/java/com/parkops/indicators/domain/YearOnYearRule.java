package com.parkops.indicators.domain;

import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 同比异常: a year-to-date figure moves more than ±N % against the same month of the year before. */
@Component
@Order(3)
class YearOnYearRule implements QualityRule {

    private final JdbcClient jdbc;
    private final QualityProperties.Yoy settings;

    YearOnYearRule(JdbcClient jdbc, QualityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.yoy();
    }

    @Override
    public Found apply(Context context) {
        if (!settings.enabled() || settings.indicators().isEmpty()) {
            return Found.NONE;
        }
        String sql = """
                select f.row_no, f.indicator as field,
                       round((f.ytd_value / p.ytd_value - 1) * 100, 2) as percent,
                       count(*) over () as total
                from ind_facts f
                join ind_prior p on p.indicator = f.indicator and p.enterprise_id = f.enterprise_id
                     and p.period = f.period
                where f.indicator in (:indicators)
                  and p.ytd_value > 0
                  and abs(f.ytd_value / p.ytd_value - 1) * 100 > :threshold
                order by f.row_no, f.indicator
                """;
        return RuleQuery.run(
                jdbc,
                sql,
                Map.of(
                        "zone", context.zoneId(),
                        "indicators", settings.indicators(),
                        "threshold", settings.thresholdPercent()),
                context.limit(),
                rs -> new Finding(
                        rs.getInt("row_no"),
                        rs.getString("field"),
                        "indicators.quality.yoy",
                        rs.getBigDecimal("percent").toPlainString(),
                        settings.thresholdPercent().toPlainString()));
    }
}
