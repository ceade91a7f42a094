-- A zone's choices in the metric definitions (docs/appeals.md, "Metrics"); no row = the defaults.
-- Which revisit verdicts count as satisfied stays in appeals.settings.satisfied.
create table appeals.metric_definitions (
    zone_id          uuid primary key,
    -- 解决率 = resolved ÷ DUE (closed + overdue) or CLOSED
    resolution_base  text not null default 'DUE' check (resolution_base in ('DUE', 'CLOSED')),
    -- 化解率 = resolved ÷ CLOSED or DUE
    settlement_base  text not null default 'CLOSED' check (settlement_base in ('DUE', 'CLOSED')),
    -- whether a merged duplicate counts as a closed (unresolved) case
    count_merged     boolean not null default false,
    version          integer not null default 0,
    updated_by       text not null,
    updated_at       timestamptz not null
);
