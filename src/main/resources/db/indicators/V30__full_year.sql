-- Published read model for other modules (the evaluation): per enterprise and indicator the
-- full-year figure of a year — flows summed over the months, AVERAGE indicators (employees) as
-- the mean of the months reported — which is the year-to-date value of the latest reported month.
create function indicators.full_year(p_zone uuid, p_year integer)
returns table (enterprise_id uuid, indicator text, value numeric)
language sql stable
as $$
    select distinct on (v.enterprise_id, v.indicator) v.enterprise_id, v.indicator, v.ytd_value
    from indicators.value v
    where v.zone_id = p_zone
      and v.period >= make_date(p_year, 1, 1)
      and v.period < make_date(p_year + 1, 1, 1)
    order by v.enterprise_id, v.indicator, v.period desc
$$;
