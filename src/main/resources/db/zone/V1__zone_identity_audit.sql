-- Tenancy, identity and audit. Every business row carries zone_id and it leads every key, so the
-- tables can be distributed by zone (e.g. Citus) without changes.
create table zone.zone (
    id          uuid primary key,
    code        text not null unique,
    name        text not null,
    time_zone   text not null default 'Asia/Shanghai',
    created_at  timestamptz not null default now()
);

create table zone.department (
    zone_id     uuid not null references zone.zone (id),
    id          uuid not null,
    name        text not null,
    short_name  text,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, name)
);

create table zone.user_account (
    zone_id             uuid not null references zone.zone (id),
    id                  uuid not null,
    username            text not null,
    display_name        text not null,
    password_hash       text not null,
    role                text not null check (role in ('ADMIN', 'LEADER', 'STAFF', 'ENTERPRISE', 'STEWARD')),
    department_id       uuid,
    enterprise_id       uuid,
    email               text,
    phone               text,
    enabled             boolean not null default true,
    failed_attempts     integer not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz,
    last_login_at       timestamptz,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    primary key (zone_id, id),
    foreign key (zone_id, department_id) references zone.department (zone_id, id),
    check (role <> 'ENTERPRISE' or enterprise_id is not null),
    check (role <> 'STAFF' or department_id is not null)
);
-- user names are global: a person signs in without naming a zone
create unique index user_account_username on zone.user_account (lower(username));

create table zone.access_token (
    zone_id      uuid not null,
    id           uuid not null,
    user_id      uuid not null,
    name         text not null,
    token_hash   text not null unique,
    token_prefix text not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    primary key (zone_id, id),
    foreign key (zone_id, user_id) references zone.user_account (zone_id, id)
);

create table zone.audit_event (
    zone_id     uuid not null,
    id          uuid not null,
    occurred_at timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    entity_type text not null,
    entity_id   text not null,
    summary     text,
    changes     jsonb not null default '{}'::jsonb,
    primary key (zone_id, id)
);
create index audit_event_entity on zone.audit_event (zone_id, entity_type, entity_id, occurred_at desc);
create index audit_event_actor on zone.audit_event (zone_id, actor, occurred_at desc);
create index audit_event_time on zone.audit_event (zone_id, occurred_at desc);
