package com.parkops.indicators.domain;

import com.parkops.indicators.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The set-based steps that turn the staged rows of a batch into stored figures: resolve credit
 * codes, find the rows the database refuses (unknown code, duplicate code and month), record the
 * revisions, and merge the figures into {@code indicators.value} re-deriving both views of every
 * touched year.
 */
@Component
class ValueMerge {

    private final JdbcClient jdbc;

    ValueMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises writers of one zone, so two imports never derive from each other's half-work. */
    void lockZone(UUID zoneId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators.value'), hashtext(:zone))")
                .param("zone", zoneId.toString())
                .query((rs, n) -> 1)
                .list();
    }

    /** Tables of the zone's enterprises and the indicators' kinds, and statistics for the planner. */
    void prepare(UUID zoneId, List<ImportHeader.Column> columns) {
        jdbc.sql("drop table if exists pg_temp.ind_enterprise, pg_temp.ind_kind, pg_temp.ind_new,"
                        + " pg_temp.ind_facts, pg_temp.ind_prior")
                .update();
        jdbc.sql("""
                create temp table ind_enterprise on commit drop as
                select p.credit_code::text as credit_code, p.id as enterprise_id
                from registry.enterprise_profile p
                where p.zone_id = :zone and p.credit_code in (select credit_code from ind_stage)
                """).param("zone", zoneId).update();
        jdbc.sql("create temp table ind_kind (code text primary key, kind text not null,"
                        + " negative_allowed boolean not null) on commit drop")
                .update();
        for (ImportHeader.Column column : columns) {
            jdbc.sql("insert into ind_kind values (:code, :kind, :negative)")
                    .param("code", column.code())
                    .param("kind", column.definition().kind().name())
                    .param("negative", column.definition().negativeAllowed())
                    .update();
        }
        jdbc.sql("analyze ind_stage").update();
        jdbc.sql("analyze ind_enterprise").update();
        jdbc.sql("analyze ind_kind").update();
    }

    void unknownCodes(int limit, Findings errors) {
        List<Finding> found = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                select s.row_no, s.credit_code, count(*) over () as total
                from ind_stage s
                where not exists (select 1 from ind_enterprise e where e.credit_code = s.credit_code)
                order by s.row_no
                limit :limit
                """).param("limit", limit).query(rs -> {
            total[0] = rs.getLong("total");
            found.add(new Finding(
                    rs.getInt("row_no"),
                    "creditCode",
                    "indicators.import.creditCode.unknown",
                    rs.getString("credit_code")));
        });
        errors.addLimited(found, total[0]);
    }

    void duplicateRows(int limit, Findings errors) {
        List<Finding> found = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                select row_no, first_row, credit_code, to_char(period, 'YYYY-MM') as period,
                       count(*) over () as total
                from (
                    select row_no, credit_code, period,
                           min(row_no) over (partition by credit_code, period) as first_row
                    from ind_stage
                ) d
                where row_no > first_row
                order by row_no
                limit :limit
                """).param("limit", limit).query(rs -> {
            total[0] = rs.getLong("total");
            found.add(new Finding(
                    rs.getInt("row_no"),
                    "period",
                    "indicators.import.row.duplicate",
                    rs.getString("credit_code"),
                    rs.getString("period"),
                    rs.getInt("first_row")));
        });
        errors.addLimited(found, total[0]);
    }

    /** One row per reported figure of the batch: {@code ind_new}. Returns how many. */
    long explode(List<ImportHeader.Column> columns) {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            cells.append(i == 0 ? "" : ", ")
                    .append("('")
                    .append(columns.get(i).code())
                    .append("', s.v")
                    .append(i)
                    .append(")");
        }
        int created = jdbc.sql("""
                create temp table ind_new on commit drop as
                select s.row_no, e.enterprise_id, s.period, x.indicator, x.reported
                from ind_stage s
                join ind_enterprise e on e.credit_code = s.credit_code
                cross join lateral (values %s) as x (indicator, reported)
                where x.reported is not null
                """.formatted(cells)).update();
        jdbc.sql("analyze ind_new").update();
        return created;
    }

    /** The revision history: one row per staged row, its figures as a JSON object. */
    void recordRevisions(UUID zoneId, UUID batchId, List<ImportHeader.Column> columns, String status) {
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            pairs.append(i == 0 ? "" : ", ")
                    .append("'")
                    .append(columns.get(i).code())
                    .append("', s.v")
                    .append(i);
        }
        jdbc.sql("""
                insert into indicators.report_revision
                    (zone_id, enterprise_id, period, batch_id, status, source_row, reported)
                select :zone, e.enterprise_id, s.period, :batch, :status, s.row_no,
                       jsonb_strip_nulls(jsonb_build_object(%s))
                from ind_stage s
                join ind_enterprise e on e.credit_code = s.credit_code
                """.formatted(pairs))
                .param("zone", zoneId)
                .param("batch", batchId)
                .param("status", status)
                .update();
    }

    /**
     * Merges the batch's figures into the stored ones and re-derives month and year-to-date values
     * of every touched (enterprise, indicator, year). Within a year ordered by month, with n = the
     * number of months reported so far and w = n for AVERAGE indicators, 1 for FLOW: a YTD-basis
     * figure r sets the running total T = r·w; a monthly figure adds r to T; then ytd = T ÷ w and
     * month = T − previous T. So a ytd file's month value is ytd_M minus the latest earlier ytd of
     * the year, an employees ytd is the mean of the months reported, and mixed bases agree.
     */
    void mergeValues(UUID zoneId, UUID batchId, Basis basis, boolean analyze) {
        jdbc.sql("""
                create temp table ind_facts (row_no integer, enterprise_id uuid, period date, indicator text,
                    month_value numeric, ytd_value numeric) on commit drop
                """).update();
        jdbc.sql("""
                with touched as (
                    select distinct enterprise_id, indicator, date_trunc('year', period)::date as year_start
                    from ind_new
                ), merged as (
                    select n.enterprise_id, n.indicator, n.period, cast(:basis as text) as basis, n.reported,
                           cast(:batch as uuid) as batch_id, n.row_no
                    from ind_new n
                    union all
                    select v.enterprise_id, v.indicator, v.period, v.basis, v.reported, v.batch_id,
                           cast(null as integer)
                    from indicators.value v
                    join touched t on v.enterprise_id = t.enterprise_id and v.indicator = t.indicator
                         and v.period >= t.year_start and v.period < (t.year_start + interval '1 year')::date
                    where v.zone_id = :zone
                      and not exists (select 1 from ind_new n where n.enterprise_id = v.enterprise_id
                                      and n.indicator = v.indicator and n.period = v.period)
                ), counted as (
                    select m.*, k.kind,
                           case when k.kind = 'AVERAGE'
                                then row_number() over (partition by m.enterprise_id, m.indicator,
                                         date_trunc('year', m.period) order by m.period)
                                else 1 end as w,
                           count(*) filter (where m.basis = 'YTD') over (partition by m.enterprise_id, m.indicator,
                                date_trunc('year', m.period) order by m.period) as grp
                    from merged m
                    join ind_kind k on k.code = m.indicator
                ), totals as (
                    select c.*,
                           coalesce(max(case when c.basis = 'YTD' then c.reported * c.w end) over g, 0)
                             + coalesce(sum(case when c.basis = 'MONTHLY' then c.reported end)
                                   over (g order by c.period), 0) as total
                    from counted c
                    window g as (partition by c.enterprise_id, c.indicator, date_trunc('year', c.period), c.grp)
                ), derived as (
                    select t.*,
                           t.total - coalesce(lag(t.total) over (partition by t.enterprise_id, t.indicator,
                                   date_trunc('year', t.period) order by t.period), 0) as month_value,
                           case when t.w = 1 then t.total else round(t.total / t.w, 6) end as ytd_value
                    from totals t
                ), stored as (
                    insert into indicators.value as v
                        (zone_id, indicator, enterprise_id, period, basis, reported, month_value, ytd_value, batch_id)
                    select :zone, d.indicator, d.enterprise_id, d.period, d.basis, d.reported, d.month_value,
                           d.ytd_value, d.batch_id
                    from derived d
                    on conflict (zone_id, indicator, enterprise_id, period) do update
                    set basis = excluded.basis, reported = excluded.reported, month_value = excluded.month_value,
                        ytd_value = excluded.ytd_value, batch_id = excluded.batch_id
                    where (v.basis, v.reported, v.month_value, v.ytd_value, v.batch_id)
                          is distinct from (excluded.basis, excluded.reported, excluded.month_value,
                                            excluded.ytd_value, excluded.batch_id)
                )
                insert into ind_facts (row_no, enterprise_id, period, indicator, month_value, ytd_value)
                select d.row_no, d.enterprise_id, d.period, d.indicator, d.month_value, d.ytd_value
                from derived d
                where d.row_no is not null
                """)
                .param("zone", zoneId)
                .param("batch", batchId)
                .param("basis", basis.name())
                .update();
        if (analyze) {
            // statistics otherwise miss this transaction's rows, and the rules' joins go nested-loop
            jdbc.sql("analyze indicators.value").update();
        }
        jdbc.sql("analyze ind_facts").update();
        jdbc.sql("""
                create temp table ind_prior on commit drop as
                select v.enterprise_id, v.indicator, (v.period + interval '1 year')::date as period, v.ytd_value
                from indicators.value v
                where v.zone_id = :zone
                  and v.period in (select distinct (period - interval '1 year')::date from ind_new)
                  and v.enterprise_id in (select enterprise_id from ind_enterprise)
                """).param("zone", zoneId).update();
        jdbc.sql("analyze ind_prior").update();
    }
}
