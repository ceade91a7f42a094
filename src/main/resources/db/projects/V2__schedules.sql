-- A project's schedule: the template applied with the project's plan dates, its responsible
-- leader and lead department (包保责任), and its nodes with planned and actual dates.
create table projects.schedule (
    zone_id             uuid not null,
    project_id          uuid not null,
    template_id         uuid,
    template_name       text not null,
    signed_on           date not null,
    planned_start       date not null,
    planned_production  date not null,
    leader_name         text,
    leader_user_id      uuid,
    lead_department_id  uuid,
    version             integer not null default 0,
    created_by          text not null,
    created_at          timestamptz not null,
    updated_at          timestamptz,
    primary key (zone_id, project_id),
    check (planned_start >= signed_on),
    check (planned_production >= planned_start)
);

create table projects.node (
    zone_id         uuid not null,
    id              uuid not null,
    project_id      uuid not null,
    position        integer not null,
    phase           text not null,
    name            text not null,
    department_id   uuid,
    unit_name       text,
    base            text not null,
    offset_days     integer not null,
    planned_on      date not null,
    planned_manual  boolean not null default false,  -- moved by hand: a re-plan keeps it
    plan_reason     text,
    actual_on       date,
    note            text,
    completed_by    text,
    version         integer not null default 0,
    primary key (zone_id, id),
    unique (zone_id, project_id, position),
    foreign key (zone_id, project_id) references projects.schedule (zone_id, project_id) on delete cascade
);

create index node_open on projects.node (zone_id, planned_on) where actual_on is null;
