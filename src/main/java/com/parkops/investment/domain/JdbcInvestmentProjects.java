package com.parkops.investment.domain;

import com.parkops.investment.InvestmentProjects;
import com.parkops.investment.ProjectInfo;
import com.parkops.investment.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcInvestmentProjects implements InvestmentProjects {

    private static final String SELECT = """
            select id, code, name, investor, stage, closed_as, chain, amount, currency, usd_rate,
                   credit_code, land_mu, signed_on, started_on, production_on, team_id
            from investment.project
            """;

    private final JdbcClient jdbc;

    JdbcInvestmentProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProjectInfo> find(UUID zoneId, UUID projectId) {
        return jdbc.sql(SELECT + " where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", projectId)
                .query(JdbcInvestmentProjects::info)
                .optional();
    }

    @Override
    public List<ProjectInfo> reached(UUID zoneId, Stage stage) {
        String[] stages = Arrays.stream(Stage.values())
                .filter(s -> s.reached(stage))
                .map(Stage::name)
                .toArray(String[]::new);
        return jdbc.sql(SELECT + " where zone_id = :zone and stage = any(:stages) order by code")
                .param("zone", zoneId)
                .param("stages", stages)
                .query(JdbcInvestmentProjects::info)
                .list();
    }

    /** The amount in 万元: as stored for CNY, times the kept rate for USD, 2 decimals half-up. */
    static BigDecimal amountWan(BigDecimal amount, String currency, BigDecimal usdRate) {
        if (amount == null) {
            return null;
        }
        return "USD".equals(currency) ? amount.multiply(usdRate).setScale(2, RoundingMode.HALF_UP) : amount;
    }

    private static ProjectInfo info(ResultSet rs, int n) throws SQLException {
        return new ProjectInfo(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("investor"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("closed_as"),
                rs.getString("chain"),
                amountWan(rs.getBigDecimal("amount"), rs.getString("currency"), rs.getBigDecimal("usd_rate")),
                rs.getString("credit_code"),
                rs.getBigDecimal("land_mu"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("production_on", LocalDate.class),
                rs.getObject("team_id", UUID.class));
    }
}
