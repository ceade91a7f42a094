-- Supervision orders (督办单): a problem sent to a department with a deadline; the department
-- replies, the issuing office closes it (销号) or sends it back. One order per problem.
create table projects.supervision_order (
    zone_id               uuid not null,
    id                    uuid not null,
    number                text not null,
    problem_id            uuid not null,
    project_id            uuid not null,
    department_id         uuid not null,
    issuer_department_id  uuid,          -- null: issued by an administrator (no office)
    issued_by             text not null,
    issued_on             date not null,
    deadline              date not null,
    state                 text not null check (state in ('ISSUED', 'REPLIED', 'CLOSED')),
    reply                 text,
    replied_by            text,
    replied_at            timestamptz,
    closed_by             text,
    closed_at             timestamptz,
    closed_on             date,
    returns               integer not null default 0,
    version               integer not null default 0,
    primary key (zone_id, id),
    unique (zone_id, number),
    unique (zone_id, problem_id),
    foreign key (zone_id, problem_id) references projects.problem (zone_id, id)
);

create index order_department on projects.supervision_order (zone_id, department_id, state);

-- Every step of an order, never updated.
create table projects.order_event (
    zone_id   uuid not null,
    order_id  uuid not null,
    seq       integer not null,
    action    text not null check (action in ('ISSUE', 'REPLY', 'CLOSE', 'SEND_BACK')),
    text      text,
    actor     text not null,
    at        timestamptz not null,
    primary key (zone_id, order_id, seq),
    foreign key (zone_id, order_id) references projects.supervision_order (zone_id, id) on delete cascade
);
