-- Investment attraction (招商引资): the pipeline of projects, the teams that bring them in, and the
-- zone's settings. Every key leads with zone_id; ids are UUIDs made by the application;
-- departments, users and enterprises are referred to by id without foreign keys across modules.

-- A zone's overrides of the installation defaults (parkops.investment.*); null = the default.
create table investment.settings (
    zone_id                   uuid primary key,
    usd_rate                  numeric(10, 4) check (usd_rate > 0),          -- 元 per US dollar (6.5)
    threshold_domestic        numeric(14, 2) check (threshold_domestic > 0), -- 5020: 万元 (50000)
    threshold_foreign         numeric(14, 2) check (threshold_foreign > 0),  -- 5020: 万美元 (2000)
    production_rate_base      text check (production_rate_base in ('SIGNED', 'STARTED')),
    version                   integer not null default 0,
    updated_by                text,
    updated_at                timestamptz
);

-- Investment teams (全员招商): a team has a leader, members (zone users) and yearly targets.
create table investment.team (
    zone_id       uuid not null,
    id            uuid not null,
    name          text not null,
    leader_name   text,
    department_id uuid,
    active        boolean not null default true,
    version       integer not null default 0,
    created_at    timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, name)
);

create table investment.team_member (
    zone_id   uuid not null,
    team_id   uuid not null,
    user_id   uuid not null,
    primary key (zone_id, team_id, user_id),
    foreign key (zone_id, team_id) references investment.team (zone_id, id) on delete cascade
);

-- One investment project from lead to design capacity. amount is in the project's currency:
-- 万元 (CNY) or 万美元 (USD); usd_rate is the rate fixed for it (元/美元) when it is in USD, so the
-- 万元 equivalent never moves with later rate changes. Stage dates are set when a stage is reached
-- (or imported); closed_as marks a lost (终止) or paused (暂缓) project with its reason, keeping the
-- stage it had reached.
create table investment.project (
    zone_id           uuid not null,
    id                uuid not null,
    code              text not null,
    name              text not null,
    investor          text,
    investor_country  text,
    investor_contact  text,
    capital_source    text not null check (capital_source in ('DOMESTIC', 'FOREIGN')),
    currency          text not null check (currency in ('CNY', 'USD')),
    amount            numeric(16, 2),
    usd_rate          numeric(10, 4),
    chain             text,
    stage             text not null check (stage in ('LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED',
                          'LAND_SUPPLIED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION', 'AT_CAPACITY')),
    closed_as         text check (closed_as in ('LOST', 'PAUSED')),
    closed_reason     text,
    team_id           uuid,
    owner_name        text,
    owner_user_id     uuid,
    niche_leader      boolean not null default false,
    listed_company    boolean not null default false,
    credit_code       text,              -- the project's enterprise once registered
    land_mu           numeric(12, 2),    -- land asked
    lead_on           date,
    signed_on         date,
    registered_on     date,
    land_supplied_on  date,
    started_on        date,
    completed_on      date,
    production_on     date,
    capacity_on       date,
    funds_in_place    numeric(16, 2),    -- 实际到位资金, 万元, cumulative
    note              text,
    version           integer not null default 0,
    created_by        text,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz,
    primary key (zone_id, id),
    unique (zone_id, code),
    check ((currency = 'USD') = (usd_rate is not null)),
    check ((closed_as is null) = (closed_reason is null))
);

create index project_stage on investment.project (zone_id, stage);
create index project_signed on investment.project (zone_id, signed_on);

-- Every stage move, loss, pause and resumption of a project, never updated.
create table investment.project_event (
    zone_id     uuid not null,
    project_id  uuid not null,
    seq         integer not null,
    kind        text not null check (kind in ('CREATE', 'ADVANCE', 'LOSE', 'PAUSE', 'RESUME', 'IMPORT', 'EDIT')),
    from_stage  text,
    to_stage    text,
    on_date     date,
    reason      text,
    actor       text not null,
    at          timestamptz not null,
    primary key (zone_id, project_id, seq),
    foreign key (zone_id, project_id) references investment.project (zone_id, id) on delete cascade
);
