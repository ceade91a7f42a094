-- Reverse incentives (蜗牛奖 snail, 踢皮球奖 kicking the ball): the zone's thresholds, the project
-- node slippage heard from the projects module, and the committee's decisions with rectification.

-- A zone's thresholds; a zone without a row uses these column defaults (AwardSettings.defaults()).
create table appeals.award_settings (
    zone_id                    uuid primary key,
    snail_overdue_cases        integer       not null default 3 check (snail_overdue_cases between 1 and 1000),
    snail_overdue_rate_percent numeric(5, 2) not null default 10.00
                                   check (snail_overdue_rate_percent > 0 and snail_overdue_rate_percent <= 100),
    snail_days_after_reminder  integer       not null default 5 check (snail_days_after_reminder between 1 and 60),
    snail_reminders_per_case   integer       not null default 2 check (snail_reminders_per_case between 1 and 20),
    snail_slip_days            integer       not null default 90 check (snail_slip_days between 1 and 1000),
    ball_rejected_returns      integer       not null default 2 check (ball_rejected_returns between 1 and 100),
    ball_departments_per_case  integer       not null default 3 check (ball_departments_per_case between 2 and 20),
    ball_redispatch_points     numeric(5, 2) not null default 10.00
                                   check (ball_redispatch_points >= 0 and ball_redispatch_points <= 100),
    ball_min_dispatched        integer       not null default 3 check (ball_min_dispatched between 1 and 1000),
    version                    integer       not null default 0,
    updated_by                 text,
    updated_at                 timestamptz
);

-- The worst slippage observed per project node (event ProjectNodeSlipped): the largest days_late
-- and the day it was observed. department_id is the node's responsible department as last heard.
create table appeals.node_slippage (
    zone_id       uuid not null,
    node_id       uuid not null,
    project_id    uuid not null,
    project_code  text,
    project_name  text,
    node_name     text,
    department_id uuid,
    planned_on    date not null,
    observed_on   date not null,
    days_late     integer not null check (days_late > 0),
    updated_at    timestamptz not null,
    primary key (zone_id, node_id)
);
create index node_slippage_department on appeals.node_slippage (zone_id, department_id, observed_on);

-- The committee's decision on a candidate: one per zone, award, department and quarter.
-- CONFIRMED awards are held until their rectification (整改) is submitted and accepted;
-- rules and cases keep what the candidate showed when it was decided.
create table appeals.award (
    zone_id            uuid not null,
    id                 uuid not null,
    award              text not null check (award in ('SNAIL', 'BALL')),
    department_id      uuid not null,
    year               integer not null check (year between 2000 and 2100),
    quarter            integer not null check (quarter between 1 and 4),
    decision           text not null check (decision in ('CONFIRMED', 'DISMISSED')),
    note               text not null,
    rules              text[] not null,
    cases              text[] not null,
    decided_by         text not null,
    decided_at         timestamptz not null,
    rectification      text,
    submitted_by       text,
    submitted_at       timestamptz,
    accepted_by        text,
    accepted_at        timestamptz,
    acceptance_note    text,
    version            integer not null default 0,
    primary key (zone_id, id),
    unique (zone_id, award, department_id, year, quarter),
    check (decision = 'CONFIRMED' or rectification is null),
    check (accepted_at is null or submitted_at is not null)
);
create index award_held on appeals.award (zone_id, decision, accepted_at);
