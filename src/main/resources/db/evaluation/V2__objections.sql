-- Objections (异议) of enterprises against their result in a published run, decided by staff.
-- Every key leads with zone_id.

-- One objection: FILED → UPHELD | REJECTED; a decided objection never changes again.
create table evaluation.objection (
    zone_id         uuid not null,
    id              uuid not null,
    run_id          uuid not null,
    enterprise_id   uuid not null,
    reason          text not null check (length(reason) between 1 and 2000),
    status          text not null default 'FILED' check (status in ('FILED', 'UPHELD', 'REJECTED')),
    filed_by        text not null,
    filed_at        timestamptz not null default now(),
    decision_reason text,
    decided_by      text,
    decided_at      timestamptz,
    version         integer not null default 0,
    primary key (zone_id, id),
    foreign key (zone_id, run_id) references evaluation.run (zone_id, id) on delete cascade,
    check ((status = 'FILED') = (decided_at is null)),
    check (status = 'FILED' or (decision_reason is not null and decided_by is not null))
);
-- At most one open objection per enterprise and run.
create unique index objection_open on evaluation.objection (zone_id, run_id, enterprise_id) where status = 'FILED';
create index objection_run on evaluation.objection (zone_id, run_id, status);

-- The files an enterprise attached to its objection (evidence), kept in the database so that one
-- backup holds everything; at most 10 MB each.
create table evaluation.objection_attachment (
    zone_id      uuid not null,
    id           uuid not null,
    objection_id uuid not null,
    position     integer not null,
    file_name    text not null,
    content_type text not null,
    size_bytes   bigint not null check (size_bytes between 0 and 10485760),
    content      bytea not null,
    primary key (zone_id, id),
    foreign key (zone_id, objection_id) references evaluation.objection (zone_id, id) on delete cascade
);
create index objection_attachment_objection on evaluation.objection_attachment (zone_id, objection_id, position);
