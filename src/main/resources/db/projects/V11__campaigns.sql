-- Campaigns (百日攻坚 and the like): a named push with a start and a deadline over target projects,
-- each with one goal: reach a pipeline stage by the deadline, or a free-text goal a clerk marks
-- done. Projects are investment.project rows, referred to by id.
create table projects.campaign (
    zone_id      uuid not null,
    id           uuid not null,
    name         text not null,
    starts_on    date not null,
    deadline     date not null,
    description  text,
    version      integer not null default 0,
    created_by   text not null,
    created_at   timestamptz not null,
    updated_at   timestamptz,
    primary key (zone_id, id),
    check (deadline >= starts_on)
);

create table projects.campaign_target (
    zone_id      uuid not null,
    campaign_id  uuid not null,
    id           uuid not null,
    project_id   uuid not null,
    goal_kind    text not null check (goal_kind in ('STAGE', 'TEXT')),
    goal_stage   text check (goal_stage in ('LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED',
                     'LAND_SUPPLIED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION', 'AT_CAPACITY')),
    goal_text    text,
    done_on      date,             -- a text goal marked done, on that date
    position     integer not null,
    created_at   timestamptz not null,
    primary key (zone_id, campaign_id, id),
    foreign key (zone_id, campaign_id) references projects.campaign (zone_id, id) on delete cascade,
    check ((goal_kind = 'STAGE') = (goal_stage is not null)),
    check ((goal_kind = 'TEXT') = (goal_text is not null)),
    check (goal_kind = 'TEXT' or done_on is null)
);
