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
-- Divisions keep 30 decimals (the engine divides to 30 significant digits); totals are ranked at
-- 10 decimals, far below the 2 shown, so that the last digit of a repeating decimal cannot split
-- two equal totals. Used by EvaluationBenchmark (timed against the product) and
-- EvaluationSqlTests (checked against the engine and expected.json).
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
indicator (code, numerator, denominator, multiplier) as (
    values ('taxPerMu', 'tax', 'landMu', 1),
           ('revenuePerMu', 'revenue', 'landMu', 1),
           ('valueAddedPerEnergy', 'valueAdded', 'energy', 1),
           ('valueAddedPerCod', 'valueAdded', 'cod', 1),
           ('rdRatio', 'rdExpense', 'revenue', 100),
           ('laborProductivity', 'valueAdded', 'employees', 1),
           ('taxPerElectricity', 'tax', 'electricity', 1)
),
-- full-year figures: flows summed, employees as the year average
figure as materialized (
    select f.enterprise_id, f.indicator, f.value
    from indicators.full_year(:zone, :year) f
),
-- every enterprise with figures in the year, in the first pool that takes it
member as (
    select distinct on (p.id)
           p.id, p.credit_code, p.land_mu, pl.pool_index, pl.pool, pl.cap_multiple, pl.a, pl.ab, pl.abc,
           coalesce(case when btrim(p.exempt_reason) <> '' then p.exempt_reason end,
                    case when p.land_mu <= 0 then '无用地' end) as exempt_reason
    from registry.enterprise_profile p
    join pool pl on pl.scale = p.scale and p.land_mu >= pl.min_mu
    where p.zone_id = :zone
      and p.id in (select enterprise_id from figure)
    order by p.id, pl.pool_index
),
-- one row per member and indicator of its pool: numerator, denominator and their ratio
valued as (
    select m.id, m.pool_index, w.position, w.code, w.weight, m.exempt_reason,
           n.value as numerator,
           case when i.denominator = 'landMu' then m.land_mu else d.value end as denominator,
           case when n.value is not null
                     and (case when i.denominator = 'landMu' then m.land_mu else d.value end) <> 0
                then round(n.value * i.multiplier, 30)
                     / (case when i.denominator = 'landMu' then m.land_mu else d.value end)
           end as value
    from member m
    join weighted w on w.pool_index = m.pool_index
    join indicator i on i.code = w.code
    left join figure n on n.enterprise_id = m.id and n.indicator = i.numerator
    left join figure d on d.enterprise_id = m.id and d.indicator = i.denominator
),
-- the pool averages behind zoneAverageTimes benchmarks: graded enterprises that have the ratio
average as (
    select pool_index, code, sum(numerator) as numerators, sum(denominator) as denominators
    from valued
    where exempt_reason is null and value is not null
    group by pool_index, code
),
benchmark as (
    select w.pool_index, w.code,
           coalesce(w.fixed,
                    case when coalesce(a.denominators, 0) = 0 then 0
                         else w.zone_average_times * (round(a.numerators * i.multiplier, 30) / a.denominators)
                    end) as benchmark
    from weighted w
    join indicator i on i.code = w.code
    left join average a on a.pool_index = w.pool_index and a.code = w.code
),
-- ratio to benchmark × weight, floored at 0 and capped at capMultiple × weight; 0 without land
scored as (
    select v.id, v.position, v.code,
           case when m.land_mu <= 0 or v.value is null or b.benchmark <= 0 then 0
                else least(greatest(v.value * v.weight / b.benchmark, 0), m.cap_multiple * v.weight)
           end as score
    from valued v
    join member m on m.id = v.id
    join benchmark b on b.pool_index = v.pool_index and b.code = v.code
),
summed as (
    select id, sum(score) as total,
           array_agg(code order by position) as codes,
           array_agg(score order by position) as scores
    from scored
    group by id
),
ranked as (
    select m.credit_code, m.pool, m.pool_index, m.exempt_reason, m.a, m.ab, m.abc, s.codes, s.scores,
           case when m.land_mu > 0 then s.total end as total,
           case when m.exempt_reason is null
                then rank() over (partition by m.pool_index, m.exempt_reason is null
                                  order by round(s.total, 10) desc)
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
