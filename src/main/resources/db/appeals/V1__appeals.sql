-- Enterprise appeals (政企诉求). Every key leads with zone_id; ids are UUIDs made by the
-- application; departments and enterprises are referred to by id (zone.department,
-- registry.enterprise) without foreign keys across modules.

-- A zone's overrides of the installation defaults (parkops.appeals.*); null = the default.
-- Periods are working days on the zone's holiday calendar unless named hours.
create table appeals.settings (
    zone_id                       uuid primary key,
    service_centre_department_id  uuid,
    dispatch_days                 integer check (dispatch_days between 1 and 30),
    acknowledge_days              integer check (acknowledge_days between 1 and 30),
    urgent_acknowledge_hours      integer check (urgent_acknowledge_hours between 1 and 72),
    return_days                   integer check (return_days between 1 and 30),
    reply_days_consult            integer check (reply_days_consult between 1 and 60),
    reply_days_help               integer check (reply_days_help between 1 and 60),
    reply_days_complaint          integer check (reply_days_complaint between 1 and 60),
    reply_days_report             integer check (reply_days_report between 1 and 60),
    reply_days_suggestion         integer check (reply_days_suggestion between 1 and 60),
    max_extension_days            integer check (max_extension_days between 0 and 60),
    revisit_days                  integer check (revisit_days between 1 and 30),
    end_of_day                    time,
    satisfied                     text[],
    escalate_after_days           integer check (escalate_after_days between 1 and 60),
    version                       integer not null default 0,
    updated_by                    text,
    updated_at                    timestamptz
);

-- Categories route an appeal to a default department. The nine standard ones are seeded per zone
-- on first use (code = POLICY, LAND, EMPLOYMENT, FINANCING, APPROVAL, LABOUR_DISPUTE,
-- ENVIRONMENT, UTILITIES, OTHER); a zone may add its own (code CUSTOM-…). labour_dispute marks the
-- category whose appeals carry workers involved and amounts owed and recovered.
create table appeals.category (
    zone_id               uuid not null,
    id                    uuid not null,
    code                  text not null,
    name                  text not null,
    default_department_id uuid,
    labour_dispute        boolean not null default false,
    position              integer not null,
    active                boolean not null default true,
    version               integer not null default 0,
    primary key (zone_id, id),
    unique (zone_id, code)
);

-- Case numbers SQ2026-000123 count per zone and year; no sequence is shared across zones.
create table appeals.case_counter (
    zone_id     uuid not null,
    year        integer not null,
    last_number integer not null,
    primary key (zone_id, year)
);

-- A meeting or visit (政企圆桌会议, 剑邑商谈, 入企听诉, 领导走访) that can yield several appeals.
create table appeals.meeting (
    zone_id    uuid not null,
    id         uuid not null,
    kind       text not null check (kind in ('ROUND_TABLE', 'TALK', 'VISIT', 'LEADER_VISIT')),
    held_on    date not null,
    place      text,
    host       text not null,
    officials  text,
    minutes    text,
    created_by text not null,
    created_at timestamptz not null default now(),
    version    integer not null default 0,
    primary key (zone_id, id)
);
create index meeting_held_on on appeals.meeting (zone_id, held_on desc);

-- The enterprises that took part; enterprise_id is null for one not in the registry.
create table appeals.meeting_enterprise (
    zone_id         uuid not null,
    meeting_id      uuid not null,
    position        integer not null,
    enterprise_id   uuid,
    credit_code     text,
    enterprise_name text not null,
    primary key (zone_id, meeting_id, position),
    foreign key (zone_id, meeting_id) references appeals.meeting (zone_id, id) on delete cascade
);

-- One appeal. The intake columns are written once (labour amounts may be updated); the workflow
-- columns are moved only by the guarded state machine and each move adds a row to appeal_event.
create table appeals.appeal (
    zone_id                  uuid not null,
    id                       uuid not null,
    case_number              text not null,
    type                     text not null check (type in ('CONSULT', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION')),
    channel                  text not null check (channel in ('PORTAL', 'HOTLINE', 'TRANSFER_12345', 'ROUND_TABLE',
                                 'TALK', 'VISIT', 'LEADER_VISIT', 'OPEN311')),
    category_id              uuid not null,
    urgency                  text not null default 'NORMAL' check (urgency in ('NORMAL', 'URGENT')),
    title                    text not null,
    content                  text not null,
    -- the registered enterprise, or null for a caller without one (enterprise_name is then free text)
    enterprise_id            uuid,
    enterprise_name          text,
    credit_code              text,
    contact_name             text,
    contact_phone            text,
    meeting_id               uuid,
    -- labour disputes (劳资纠纷): amounts in 万元, 2 decimals
    workers_involved         integer check (workers_involved >= 0),
    amount_owed              numeric(14, 2) check (amount_owed >= 0),
    amount_recovered         numeric(14, 2) check (amount_recovered >= 0),
    received_at              timestamptz not null,
    received_by              text not null,
    -- workflow
    state                    text not null check (state in ('ACCEPTED', 'DISPATCHED', 'ACKNOWLEDGED',
                                 'RETURN_REQUESTED', 'IN_PROGRESS', 'REPLIED', 'REVISITED', 'CLOSED')),
    department_id            uuid,
    deadline                 timestamptz,
    reply_deadline           timestamptz,
    return_deadline          timestamptz,
    extension_days           integer not null default 0,
    pending_extension_days   integer,
    pending_extension_reason text,
    pending_return_reason    text,
    resolved                 boolean,
    satisfaction             text check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'NEUTRAL',
                                 'DISSATISFIED')),
    outcome                  text check (outcome in ('RESOLVED', 'UNRESOLVED', 'MERGED')),
    merged_into              uuid,
    closed_at                timestamptz,
    reminded_deadline        timestamptz,
    escalated                boolean not null default false,
    version                  integer not null default 0,
    updated_at               timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, case_number),
    foreign key (zone_id, category_id) references appeals.category (zone_id, id),
    foreign key (zone_id, meeting_id) references appeals.meeting (zone_id, id),
    check ((state = 'CLOSED') = (outcome is not null))
);
create index appeal_received on appeals.appeal (zone_id, received_at desc);
create index appeal_state on appeals.appeal (zone_id, state, deadline);
create index appeal_department on appeals.appeal (zone_id, department_id);
create index appeal_enterprise on appeals.appeal (zone_id, enterprise_id);

-- The handling log: one row per step, never updated. Metrics and award rules read it.
--   seq                     1, 2, … per appeal, in the order the steps happened
--   kind                    the step (AppealAction): RECEIVE, DISPATCH, REDISPATCH, ACKNOWLEDGE,
--                           REQUEST_RETURN, APPROVE_RETURN, REJECT_RETURN, REQUEST_EXTENSION,
--                           APPROVE_EXTENSION, REJECT_EXTENSION, START, NOTE, REPLY, REVISIT, REOPEN,
--                           CLOSE, MERGE, UPDATE_LABOUR, REMIND, ESCALATE
--   from_state, to_state    the appeal's state before and after (equal for notes, reminders …;
--                           from_state is null for RECEIVE)
--   at                      when it happened
--   actor, actor_id, actor_role, actor_department_id
--                           who took the step (user name, user id, role, the user's department);
--                           actor 'system' with null id and role for scheduled reminders
--   department_id           the department the appeal was assigned to BEFORE the step (null before
--                           the first dispatch): the one that acknowledged, asked to return, got its
--                           return rejected, replied, was reminded …
--   assigned_department_id  the department it is assigned to AFTER the step (differs from
--                           department_id on DISPATCH, REDISPATCH and APPROVE_RETURN)
--   redispatch              true on REDISPATCH and APPROVE_RETURN: it moved away from department_id
--   text                    the reason, note, reply or comment written with the step
--   satisfaction            REVISIT: the verdict
--   resolved                REPLY: the department says resolved; CLOSE: the final outcome
--   extension_days          REQUEST/APPROVE/REJECT_EXTENSION: the working days asked for
--   deadline                the deadline in force just before the step (the current step's deadline)
--   next_deadline           the deadline in force after it
--   on_time                 at <= deadline; null when no deadline was running
--   overdue_working_days    working days from the deadline's day to the step's day when late, else 0
--   working_days_taken      working days from the day the appeal was received to the step's day
create table appeals.appeal_event (
    zone_id                uuid not null,
    appeal_id              uuid not null,
    seq                    integer not null,
    id                     uuid not null,
    kind                   text not null,
    from_state             text,
    to_state               text not null,
    at                     timestamptz not null,
    actor                  text not null,
    actor_id               uuid,
    actor_role             text,
    actor_department_id    uuid,
    department_id          uuid,
    assigned_department_id uuid,
    redispatch             boolean not null default false,
    text                   text,
    satisfaction           text,
    resolved               boolean,
    extension_days         integer,
    deadline               timestamptz,
    next_deadline          timestamptz,
    on_time                boolean,
    overdue_working_days   integer not null default 0,
    working_days_taken     integer not null default 0,
    primary key (zone_id, appeal_id, seq),
    unique (zone_id, id),
    foreign key (zone_id, appeal_id) references appeals.appeal (zone_id, id)
);
create index appeal_event_kind on appeals.appeal_event (zone_id, kind, at);
create index appeal_event_department on appeals.appeal_event (zone_id, department_id, at);
create index appeal_event_assigned on appeals.appeal_event (zone_id, assigned_department_id, appeal_id);

-- Attachments (evidence, minutes, photos) kept in the database so one backup holds everything.
create table appeals.attachment (
    zone_id      uuid not null,
    id           uuid not null,
    appeal_id    uuid not null,
    file_name    text not null,
    content_type text not null,
    size_bytes   integer not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now(),
    primary key (zone_id, id),
    foreign key (zone_id, appeal_id) references appeals.appeal (zone_id, id)
);
create index attachment_appeal on appeals.attachment (zone_id, appeal_id);
