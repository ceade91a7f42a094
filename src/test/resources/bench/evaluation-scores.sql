-- The sample zone's evaluation scheme (fixtures/sample-zone/expected.json → evaluation.scheme)
-- written by hand as ONE query: every covered enterprise's indicator scores, total, rank and
-- grade for year :year of zone :zone, computed by PostgreSQL alone from the same published read
-- models the product reads (indicators.full_year, registry.enterprise_profile).
--
-- The rules are those of docs/api.md (Evaluation): an enterprise with figures in the year joins
-- the first pool of its scale with land >= minMu; an exempt reason or land = 0 makes it T (无用地);
-- a ratio is null when a figure is missing or its denominator is 0, and then scores 0;
-- score = value ÷ benchmark × weight, capped at capMultiple × weight, floored at 0; a
-- zoneAverageTimes benchmark is k × Σ numerator ÷ Σ denominator over the pool's graded
-- enterprises that have the ratio; rank within the pool by total (equal totals share the better
-- rank); A when rank ÷ N <= A %, B when <= (A+B) %, C when <= (A+B+C) %, otherwise D.
--
-- Each score is one division to 30 decimals (exact whenever the true score has at most 30
-- decimals; the engine divides twice to 30 significant digits); indicator scores and totals are
-- then kept at 10 decimals, far below the 2 shown, so that the last digit of a
-- repeating decimal can neither split two equal totals nor turn an exact x.xx5 into x.xx4999…
-- (which would show as x.xx instead of x.xx+0.01). Used by EvaluationBenchmark (timed against the
-- product) and EvaluationSqlTests (checked against the engine and expected.json).
with pool (pool_index, pool, scale, min_mu, cap_multiple, a, ab, abc) as (
    values (0, '规上', 'ABOVE', 0, 2, 20, 20 + 40, 20 + 40 + 35),
           (1, '规下', 'BELOW', 3, 2, 25, 25 + 45, 25 + 45 + 25)
),
weighted (pool_index, position, code, weight, fixed, zone_average_times) as (
    values (0, 1, 'taxPerMu', 40, 15::numeric, null::numeric),
           (0, 2, 'revenuePerMu', 10, 300, null),
           (0, 3, 'valueAddedPerEnergy', 20, 3, null),
           (0, 4, 'valueAddedPerCod', 15, 500, null),
           (0, 5, 'rdRatio', 5, 3, null),
           (0, 6, 'laborProductivity', 10, null, 1.5),
           (1, 1, 'taxPerMu', 70, 8, null),
           (1, 2, 'taxPerElectricity', 30, 2, null)
),
-- per enterprise with figures in the year, the full-year figures the scheme reads (flows summed,
-- employees as the year average); a missing figure stays null
figure as (
    select f.enterprise_id,
           max(f.value) filter (where f.indicator = 'tax') as tax,
           max(f.value) filter (where f.indicator = 'revenue') as revenue,
           max(f.value) filter (where f.indicator = 'valueAdded') as value_added,
           max(f.value) filter (where f.indicator = 'energy') as energy,
           max(f.value) filter (where f.indicator = 'cod') as cod,
           max(f.value) filter (where f.indicator = 'rdExpense') as rd_expense,
           max(f.value) filter (where f.indicator = 'employees') as employees,
           max(f.value) filter (where f.indicator = 'electricity') as electricity
    from indicators.full_year(:zone, :year) f
    group by f.enterprise_id
),
-- every enterprise with figures in the year, in the first pool that takes it
member as (
    select distinct on (p.id)
           p.id, p.credit_code, p.land_mu, pl.pool_index, pl.pool, pl.cap_multiple, pl.a, pl.ab, pl.abc,
           coalesce(case when btrim(p.exempt_reason) <> '' then p.exempt_reason end,
                    case when p.land_mu <= 0 then '无用地' end) as exempt_reason,
           f.tax, f.revenue, f.value_added, f.energy, f.cod, f.rd_expense, f.employees, f.electricity
    from figure f
    join registry.enterprise_profile p on p.zone_id = :zone and p.id = f.enterprise_id
    join pool pl on pl.scale = p.scale and p.land_mu >= pl.min_mu
    order by p.id, pl.pool_index
),
-- one row per member and indicator of its pool: numerator and denominator; the ratio exists
-- when both figures do and the denominator is not 0
valued as (
    select m.id, m.pool_index, m.exempt_reason, m.land_mu, m.cap_multiple,
           w.position, w.code, w.weight,
           r.numerator, r.denominator, r.multiplier,
           r.numerator is not null and r.denominator <> 0 as has_value
    from member m
    cross join lateral (
        values ('taxPerMu', m.tax, m.land_mu, 1),
               ('revenuePerMu', m.revenue, m.land_mu, 1),
               ('valueAddedPerEnergy', m.value_added, m.energy, 1),
               ('valueAddedPerCod', m.value_added, m.cod, 1),
               ('rdRatio', m.rd_expense, m.revenue, 100),
               ('laborProductivity', m.value_added, m.employees, 1),
               ('taxPerElectricity', m.tax, m.electricity, 1)
    ) as r (code, numerator, denominator, multiplier)
    join weighted w on w.pool_index = m.pool_index and w.code = r.code
),
-- the pool averages behind zoneAverageTimes benchmarks: graded enterprises that have the ratio
average as (
    select pool_index, code, multiplier, sum(numerator) as numerators, sum(denominator) as denominators
    from valued
    where exempt_reason is null and has_value
    group by pool_index, code, multiplier
),
benchmark as materialized (
    select w.pool_index, w.code,
           coalesce(w.fixed,
                    case when coalesce(a.denominators, 0) = 0 then 0
                         else w.zone_average_times * (round(a.numerators * a.multiplier, 30) / a.denominators)
                    end) as benchmark
    from weighted w
    left join average a on a.pool_index = w.pool_index and a.code = w.code
),
-- ratio ÷ benchmark × weight in one division, floored at 0 and capped at capMultiple × weight;
-- 0 without land
scored as (
    select v.id, v.position, v.code,
           case when v.land_mu <= 0 or not coalesce(v.has_value, false) or b.benchmark <= 0 then 0
                else least(greatest(round(v.numerator * v.multiplier * v.weight, 30) / (v.denominator * b.benchmark), 0),
                           v.cap_multiple * v.weight)
           end as score
    from valued v
    join benchmark b on b.pool_index = v.pool_index and b.code = v.code
),
summed as (
    select id, round(sum(score), 10) as total,
           array_agg(code order by position) as codes,
           array_agg(round(score, 10) order by position) as scores
    from scored
    group by id
),
ranked as (
    select m.credit_code, m.pool, m.pool_index, m.exempt_reason, m.a, m.ab, m.abc, s.codes, s.scores,
           case when m.land_mu > 0 then s.total end as total,
           case when m.exempt_reason is null
                then rank() over (partition by m.pool_index, m.exempt_reason is null
                                  order by s.total desc)
           end as rank,
           count(*) filter (where m.exempt_reason is null) over (partition by m.pool_index) as graded
    from member m
    join summed s on s.id = m.id
)
select btrim(credit_code) as credit_code, pool, pool_index,
       case when exempt_reason is not null then 'T'
            when rank * 100 <= a * graded then 'A'
            when rank * 100 <= ab * graded then 'B'
            when rank * 100 <= abc * graded then 'C'
            else 'D'
       end as grade,
       cast(rank as integer) as rank, cast(graded as integer) as graded, total, exempt_reason, codes, scores
from ranked
order by pool_index, rank nulls last, total desc nulls last, credit_code
