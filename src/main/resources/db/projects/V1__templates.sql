-- Project advancement (项目推进): node templates and the zone's settings. Every key leads with
-- zone_id; ids are UUIDs made by the application; departments and projects of other modules are
-- referred to by id without foreign keys across schemas.

-- A zone's overrides of the installation defaults (parkops.projects.*); null = the default.
create table projects.settings (
    zone_id       uuid primary key,
    warn_days     integer check (warn_days between 0 and 365),   -- yellow when due within N days (7)
    order_days    integer check (order_days between 1 and 120),  -- 督办单 deadline in working days (5)
    version       integer not null default 0,
    updated_by    text,
    updated_at    timestamptz
);

-- A node template: phases of nodes, each with a responsible unit and a planned-date rule.
create table projects.template (
    zone_id      uuid not null,
    id           uuid not null,
    name         text not null,
    is_default   boolean not null default false,
    version      integer not null default 0,
    created_by   text not null,
    created_at   timestamptz not null,
    updated_at   timestamptz,
    primary key (zone_id, id),
    unique (zone_id, name)
);

create unique index template_one_default on projects.template (zone_id) where is_default;

-- One node of a template. The planned date of a node in a schedule is the plan date named by
-- base (SIGNED = signed date, START = planned start, PRODUCTION = planned production) plus
-- offset_days (negative = before it). The responsible unit is a zone department or free text.
create table projects.template_node (
    zone_id        uuid not null,
    template_id    uuid not null,
    position       integer not null,
    phase          text not null check (phase in ('PREPARATION', 'START', 'CONSTRUCTION', 'COMPLETION', 'PRODUCTION')),
    name           text not null,
    department_id  uuid,
    unit_name      text,
    base           text not null check (base in ('SIGNED', 'START', 'PRODUCTION')),
    offset_days    integer not null check (offset_days between -3650 and 3650),
    primary key (zone_id, template_id, position),
    foreign key (zone_id, template_id) references projects.template (zone_id, id) on delete cascade
);
