package com.parkops.indicators.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a rule's SQL, which must select {@code row_no}, {@code field} and {@code total}
 * ({@code count(*) over ()}) ordered by row, and turns each row into a finding.
 */
final class RuleQuery {

    @FunctionalInterface
    interface ToFinding {
        Finding map(ResultSet rs) throws SQLException;
    }

    private RuleQuery() {}

    static QualityRule.Found run(JdbcClient jdbc, String sql, Map<String, ?> params, int limit, ToFinding mapper) {
        long[] total = {0};
        List<Finding> listed = new ArrayList<>();
        jdbc.sql(sql + "\nlimit :limit").params(params).param("limit", limit).query(rs -> {
            total[0] = rs.getLong("total");
            listed.add(mapper.map(rs));
        });
        return new QualityRule.Found(listed, total[0]);
    }
}
