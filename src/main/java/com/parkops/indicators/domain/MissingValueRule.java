package com.parkops.indicators.domain;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 缺报: a row leaves a figure empty in a column the file carries. */
@Component
@Order(1)
class MissingValueRule implements QualityRule {

    private final JdbcClient jdbc;
    private final QualityProperties.Missing settings;

    MissingValueRule(JdbcClient jdbc, QualityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.missing();
    }

    @Override
    public Found apply(Context context) {
        List<ImportHeader.Column> checked = context.columns().stream()
                .filter(c ->
                        settings.indicators().isEmpty() || settings.indicators().contains(c.code()))
                .toList();
        if (!settings.enabled() || checked.isEmpty()) {
            return Found.NONE;
        }
        StringBuilder cells = new StringBuilder();
        for (ImportHeader.Column column : checked) {
            int position = context.columns().indexOf(column);
            cells.append(cells.isEmpty() ? "" : ", ")
                    .append("('")
                    .append(column.code())
                    .append("', s.v")
                    .append(position)
                    .append(" is null)");
        }
        String sql = """
                select s.row_no, x.indicator as field, count(*) over () as total
                from ind_stage s
                cross join lateral (values %s) as x (indicator, empty)
                where x.empty
                order by s.row_no, x.indicator
                """.formatted(cells);
        return RuleQuery.run(
                jdbc,
                sql,
                Map.of(),
                context.limit(),
                rs -> new Finding(rs.getInt("row_no"), rs.getString("field"), "indicators.quality.missing"));
    }
}
