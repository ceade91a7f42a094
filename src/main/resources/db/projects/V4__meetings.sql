-- Dispatch meetings (调度会) and the problems raised in them, each tied to a project and the
-- department expected to solve it.
create table projects.meeting (
    zone_id     uuid not null,
    id          uuid not null,
    held_on     date not null,
    chair       text not null,
    attendees   text,
    minutes     text,
    created_by  text not null,
    created_at  timestamptz not null,
    primary key (zone_id, id)
);

create table projects.problem (
    zone_id        uuid not null,
    id             uuid not null,
    meeting_id     uuid not null,
    project_id     uuid not null,
    text           text not null,
    department_id  uuid not null,
    created_by     text not null,
    created_at     timestamptz not null,
    primary key (zone_id, id),
    foreign key (zone_id, meeting_id) references projects.meeting (zone_id, id)
);
