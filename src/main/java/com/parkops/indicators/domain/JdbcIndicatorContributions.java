package com.parkops.indicators.domain;

import com.parkops.indicators.Contribution;
import com.parkops.indicators.ContributionPage;
import com.parkops.indicators.ContributionQuery;
import com.parkops.indicators.GrowthStatus;
import com.parkops.indicators.IndicatorContributions;
import com.parkops.indicators.SummaryRow;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprises behind a year-to-date figure. Each enterprise's figure is read the way the
 * summary reads it (the year-to-date value of its latest month ≤ M in each year), the scope's
 * comparable change is a window sum over the scope, and only the requested page leaves the
 * database; exports stream through a cursor.
 */
@Service
@Transactional(readOnly = true)
class JdbcIndicatorContributions implements IndicatorContributions {

    private static final int FETCH_SIZE = 500;

    private static final String SCOPED = """
            with latest as (
                select distinct on (v.enterprise_id, date_trunc('year', v.period))
                       v.enterprise_id, extract(year from v.period)::int as year, v.ytd_value
                from indicators.value v
                where v.zone_id = :zone and v.indicator = :indicator
                  and (v.period between :currentFrom and :currentTo or v.period between :priorFrom and :priorTo)
                order by v.enterprise_id, date_trunc('year', v.period), v.period desc
            ), paired as (
                select enterprise_id,
                       max(ytd_value) filter (where year = :year) as cur,
                       max(ytd_value) filter (where year = :year - 1) as pri
                from latest
                group by enterprise_id
            ), scoped as (
                select e.credit_code, e.name, e.chain, lower(e.scale) as scale, e.industry_code, p.cur, p.pri,
                       case when p.cur is not null and p.pri is not null then p.cur - p.pri end as change
                from paired p
                join registry.enterprise_profile e on e.zone_id = :zone and e.id = p.enterprise_id
                where %s
            )
            """;

    private static final String ROWS = """
            select s.*, s.change * 100 / nullif(sum(s.change) over (), 0) as share
            from scoped s
            order by share desc nulls last, change desc nulls last, cur desc nulls last, credit_code
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final KnownIndicators indicators;

    JdbcIndicatorContributions(JdbcClient jdbc, DataSource dataSource, KnownIndicators indicators) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.indicators = indicators;
    }

    @Override
    public ContributionPage contributions(UUID zoneId, ContributionQuery query, int offset, int limit) {
        indicators.require(zoneId, query.indicator());
        Map<String, Object> params = params(zoneId, query);
        String scoped = SCOPED.formatted(ScopeSql.condition(query.scope()));
        record Totals(long enterprises, SummaryRow row) {}
        Totals totals = jdbc.sql(scoped + """
                select count(*) as enterprises,
                       coalesce(sum(cur), 0) as current,
                       coalesce(sum(pri), 0) as prior,
                       coalesce(sum(cur) filter (where change is not null), 0) as cur_comparable,
                       coalesce(sum(pri) filter (where change is not null), 0) as pri_comparable
                from scoped
                """)
                .params(params)
                .query((rs, n) -> new Totals(
                        rs.getLong("enterprises"),
                        row(
                                query.scope().group(),
                                query.indicator(),
                                rs.getBigDecimal("current"),
                                rs.getBigDecimal("prior"),
                                rs.getBigDecimal("cur_comparable"),
                                rs.getBigDecimal("pri_comparable"))))
                .single();
        List<Contribution> rows = jdbc.sql(scoped + ROWS + " limit :limit offset :offset")
                .params(params)
                .param("limit", Math.max(0, limit))
                .param("offset", Math.max(0, offset))
                .query((rs, n) -> contribution(rs))
                .list();
        return new ContributionPage(query, totals.row(), totals.enterprises(), Math.max(0, offset), rows);
    }

    @Override
    public void forEach(UUID zoneId, ContributionQuery query, Consumer<Contribution> action) {
        indicators.require(zoneId, query.indicator());
        streaming.query(SCOPED.formatted(ScopeSql.condition(query.scope())) + ROWS, params(zoneId, query), rs -> {
            action.accept(contribution(rs));
        });
    }

    private static Map<String, Object> params(UUID zoneId, ContributionQuery query) {
        int year = query.year();
        int month = query.month();
        Map<String, Object> params = new HashMap<>();
        params.put("zone", zoneId);
        params.put("indicator", query.indicator());
        params.put("group", ScopeSql.group(query.scope()));
        params.put("year", year);
        params.put("currentFrom", Date.valueOf(LocalDate.of(year, 1, 1)));
        params.put("currentTo", Date.valueOf(LocalDate.of(year, month, 1)));
        params.put("priorFrom", Date.valueOf(LocalDate.of(year - 1, 1, 1)));
        params.put("priorTo", Date.valueOf(LocalDate.of(year - 1, month, 1)));
        return params;
    }

    private static Contribution contribution(ResultSet rs) throws SQLException {
        BigDecimal current = rs.getBigDecimal("cur");
        BigDecimal prior = rs.getBigDecimal("pri");
        BigDecimal change = rs.getBigDecimal("change");
        boolean comparable = change != null;
        String scale = rs.getString("scale");
        return new Contribution(
                rs.getString("credit_code"),
                rs.getString("name"),
                rs.getString("chain"),
                scale == null ? null : scale.toLowerCase(Locale.ROOT),
                rs.getString("industry_code"),
                Growth.round(current, 2),
                Growth.round(prior, 2),
                Growth.round(change, 2),
                Growth.round(rs.getBigDecimal("share"), 2),
                comparable ? Growth.yoyPercent(current, prior) : null,
                comparable ? Growth.status(current, prior) : GrowthStatus.NO_BASE);
    }

    private static SummaryRow row(
            String group,
            String indicator,
            BigDecimal current,
            BigDecimal prior,
            BigDecimal currentComparable,
            BigDecimal priorComparable) {
        return new SummaryRow(
                group,
                indicator,
                Growth.round(current, 2),
                Growth.round(prior, 2),
                Growth.round(currentComparable, 2),
                Growth.round(priorComparable, 2),
                Growth.yoyPercent(currentComparable, priorComparable),
                Growth.status(currentComparable, priorComparable));
    }
}
