package com.parkops.projects.domain;

import com.parkops.projects.LandSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The year's allocations counted by allocation date: distinct projects and mu, whole year and by month. */
@Repository
class LandFigures {

    private final JdbcClient jdbc;

    LandFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LandSummary summary(UUID zoneId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        LandSummary.Month total = jdbc.sql("""
                        select 0 as month, count(distinct r.project_id) as projects, coalesce(sum(a.mu), 0) as mu
                        from projects.land_allocation a
                        join projects.land_request r on r.zone_id = a.zone_id and r.id = a.request_id
                        where a.zone_id = :zone and a.allocated_on >= :from and a.allocated_on < :until
                        """)
                .param("zone", zoneId)
                .param("from", from)
                .param("until", until)
                .query(LandFigures::month)
                .single();
        Map<Integer, LandSummary.Month> byMonth = jdbc
                .sql("""
                        select extract(month from a.allocated_on)::int as month,
                               count(distinct r.project_id) as projects, sum(a.mu) as mu
                        from projects.land_allocation a
                        join projects.land_request r on r.zone_id = a.zone_id and r.id = a.request_id
                        where a.zone_id = :zone and a.allocated_on >= :from and a.allocated_on < :until
                        group by 1
                        """)
                .param("zone", zoneId)
                .param("from", from)
                .param("until", until)
                .query(LandFigures::month)
                .list()
                .stream()
                .collect(Collectors.toMap(LandSummary.Month::month, Function.identity()));
        List<LandSummary.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(byMonth.getOrDefault(m, new LandSummary.Month(m, 0, scaled(BigDecimal.ZERO))));
        }
        return new LandSummary(year, total.projects(), total.mu(), months);
    }

    private static LandSummary.Month month(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LandSummary.Month(rs.getInt("month"), rs.getInt("projects"), scaled(rs.getBigDecimal("mu")));
    }

    private static BigDecimal scaled(BigDecimal mu) {
        return mu.setScale(2, RoundingMode.HALF_UP);
    }
}
