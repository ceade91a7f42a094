-- Per-mu benefit evaluation (亩均效益综合评价). Every key leads with zone_id.

-- The zone's evaluation settings.
create table evaluation.settings (
    zone_id        uuid primary key,
    objection_days integer not null default 5 check (objection_days between 1 and 30),
    version        integer not null default 0
);

-- Stored schemes, one per zone, year and name; body is the scheme exactly as the API shows it.
create table evaluation.scheme (
    zone_id    uuid not null,
    id         uuid not null,
    year       integer not null,
    name       text not null,
    body       jsonb not null,
    based_on   text,
    version    integer not null default 0,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, year, name)
);

-- A run scores one year with a snapshot of a scheme; DRAFT → PUBLISHED (公示) → FINAL, or
-- SUPERSEDED by a corrected run.
create table evaluation.run (
    zone_id        uuid not null,
    id             uuid not null,
    year           integer not null,
    scheme_id      uuid,
    scheme_name    text not null,
    scheme         jsonb not null,
    status         text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'FINAL', 'SUPERSEDED')),
    created_by     text not null,
    created_at     timestamptz not null default now(),
    published_by   text,
    published_at   timestamptz,
    objection_until date,
    finalized_by   text,
    finalized_at   timestamptz,
    supersedes     uuid,
    superseded_by  uuid,
    note           text,
    version        integer not null default 0,
    primary key (zone_id, id)
);
create index run_year on evaluation.run (zone_id, year);

-- One enterprise's result in a run, unrounded, with the inputs it was scored from (facts) and
-- its per-indicator breakdown, so that every figure can be traced and a draft recomputed.
create table evaluation.result (
    zone_id         uuid not null,
    run_id          uuid not null,
    enterprise_id   uuid not null,
    credit_code     text not null,
    enterprise_name text not null,
    pool            text not null,
    pool_index      integer not null,
    computed_grade  text not null check (computed_grade in ('A', 'B', 'C', 'D', 'T')),
    grade           text not null check (grade in ('A', 'B', 'C', 'D', 'T')),
    total           numeric,
    rank            integer,
    graded          integer not null,
    exempt_reason   text,
    bonus           numeric not null default 0,
    penalty         numeric not null default 0,
    items           text[] not null default '{}',
    breakdown       jsonb not null,
    facts           jsonb not null,
    primary key (zone_id, run_id, enterprise_id),
    foreign key (zone_id, run_id) references evaluation.run (zone_id, id) on delete cascade
);
create index result_rank on evaluation.result (zone_id, run_id, pool_index, rank);
create index result_enterprise on evaluation.result (zone_id, enterprise_id);

-- Staff decisions on one enterprise in a run: a veto item (forces D), a manual adjustment
-- (调档, ±1 grade) or a manually applied bonus/penalty item; each with its reason and approver.
create table evaluation.decision (
    zone_id       uuid not null,
    id            uuid not null,
    run_id        uuid not null,
    enterprise_id uuid not null,
    kind          text not null check (kind in ('VETO', 'ADJUST', 'ITEM')),
    code          text,
    steps         integer not null default 0 check (steps between -1 and 1),
    reason        text not null,
    approver      text not null,
    decided_by    text not null,
    decided_at    timestamptz not null default now(),
    primary key (zone_id, id),
    foreign key (zone_id, run_id) references evaluation.run (zone_id, id) on delete cascade
);
create index decision_run on evaluation.decision (zone_id, run_id, enterprise_id);
