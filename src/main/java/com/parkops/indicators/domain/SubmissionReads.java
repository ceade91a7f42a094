package com.parkops.indicators.domain;

import com.parkops.indicators.SubmissionView;
import com.parkops.indicators.Submissions;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reports as pages and the API read them, with the enterprise's credit code and name. */
@Component
class SubmissionReads {

    private static final String VIEW = """
            select s.*, p.credit_code, p.name as enterprise_name
            from indicators.submission s
            join registry.enterprise_profile p on p.zone_id = s.zone_id and p.id = s.enterprise_id
            """;

    private final JdbcClient jdbc;
    private final SubmissionRows rows;

    SubmissionReads(JdbcClient jdbc, SubmissionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    Optional<SubmissionView> view(UUID zoneId, UUID id) {
        return jdbc.sql(VIEW + " where s.zone_id = :zone and s.id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> rows.view(rs))
                .optional();
    }

    Optional<SubmissionView> view(UUID zoneId, UUID enterpriseId, YearMonth period) {
        return jdbc.sql(VIEW + " where s.zone_id = :zone and s.enterprise_id = :enterprise and s.period = :period")
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("period", Date.valueOf(period.atDay(1)))
                .query((rs, n) -> rows.view(rs))
                .optional();
    }

    Submissions.Page search(UUID zoneId, Submissions.Filter filter, int page, int size) {
        int limit = Math.max(1, Math.min(size, 200));
        int number = Math.max(page, 0);
        String where = """
                where s.zone_id = :zone
                  and (cast(:period as date) is null or s.period = cast(:period as date))
                  and (cast(:status as text) is null or s.status = cast(:status as text))
                  and (cast(:flagged as boolean) is null
                       or (jsonb_array_length(s.findings) > 0) = cast(:flagged as boolean))
                  and (cast(:enterprise as uuid) is null or s.enterprise_id = cast(:enterprise as uuid))
                  and (cast(:drafts as boolean) or s.status <> 'DRAFT')
                """;
        long total = bind(jdbc.sql("select count(*) from indicators.submission s " + where), zoneId, filter)
                .query(Long.class)
                .single();
        List<SubmissionView> items = bind(
                        jdbc.sql(VIEW + where + " order by s.period desc, p.name, s.id limit :limit offset :offset"),
                        zoneId,
                        filter)
                .param("limit", limit)
                .param("offset", (long) number * limit)
                .query((rs, n) -> rows.view(rs))
                .list();
        return new Submissions.Page(items, number, limit, total);
    }

    /** The report's history, newest first. */
    List<Submissions.Event> events(UUID zoneId, UUID id) {
        return jdbc.sql("""
                select * from indicators.submission_event
                where zone_id = :zone and submission_id = :id
                order by seq desc
                """)
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> new Submissions.Event(
                        rs.getString("action"),
                        rs.getString("actor"),
                        SubmissionRows.instant(rs, "occurred_at"),
                        rows.read(rs.getString("figures"), SubmissionRows.FIGURES),
                        rows.read(rs.getString("findings"), SubmissionRows.FINDINGS),
                        rs.getString("explanation"),
                        rows.read(rs.getString("explanations"), SubmissionRows.TEXTS),
                        rs.getString("reason")))
                .list();
    }

    /** The enterprise's reports of a year by month. */
    Map<YearMonth, SubmissionView> ofYear(UUID zoneId, UUID enterpriseId, int year) {
        Map<YearMonth, SubmissionView> byMonth = new TreeMap<>();
        jdbc.sql(VIEW + """
                 where s.zone_id = :zone and s.enterprise_id = :enterprise
                   and s.period >= :from and s.period < :to
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("from", Date.valueOf(YearMonth.of(year, 1).atDay(1)))
                .param("to", Date.valueOf(YearMonth.of(year + 1, 1).atDay(1)))
                .query((rs, n) -> rows.view(rs))
                .list()
                .forEach(view -> byMonth.put(view.period(), view));
        return byMonth;
    }

    /** The months of a year for which the enterprise has accepted figures from any source. */
    java.util.Set<YearMonth> recordedMonths(UUID zoneId, UUID enterpriseId, int year) {
        return new java.util.TreeSet<>(jdbc.sql("""
                        select distinct period from indicators.report_revision
                        where zone_id = :zone and enterprise_id = :enterprise
                          and period >= :from and period < :to and status = 'ACCEPTED'
                        """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .param("from", Date.valueOf(YearMonth.of(year, 1).atDay(1)))
                .param("to", Date.valueOf(YearMonth.of(year + 1, 1).atDay(1)))
                .query((rs, n) -> YearMonth.from(rs.getDate("period").toLocalDate()))
                .list());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, UUID zoneId, Submissions.Filter filter) {
        return sql.param("zone", zoneId)
                .param(
                        "period",
                        filter.period() == null
                                ? null
                                : Date.valueOf(filter.period().atDay(1)))
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("flagged", filter.flagged())
                .param("enterprise", filter.enterpriseId())
                .param("drafts", filter.drafts());
    }
}
