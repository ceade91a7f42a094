-- Monthly reporting by enterprises (企业月度填报) and review by staff (填报审核). Every key leads
-- with zone_id.

-- One enterprise's report of one month. It moves DRAFT -> SUBMITTED -> ACCEPTED | RETURNED; a
-- returned report is edited and submitted again, an accepted one may be reopened as a correction.
-- figures: indicator code -> value on the report's basis; findings: the data-quality findings of
-- those figures ([{field, messageZh, messageEn}]); explanations: field -> the enterprise's text.
create table indicators.submission (
    zone_id       uuid not null,
    id            uuid not null,
    enterprise_id uuid not null,
    period        date not null check (extract(day from period) = 1),
    basis         text not null check (basis in ('MONTHLY', 'YTD')),
    status        text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    figures       jsonb not null default '{}'::jsonb,
    findings      jsonb not null default '[]'::jsonb,
    explanation   text,
    explanations  jsonb not null default '{}'::jsonb,
    return_reason text,
    submitted_by  text,
    submitted_at  timestamptz,
    decided_by    text,
    decided_at    timestamptz,
    batch_id      uuid,
    version       integer not null default 0,
    created_by    text not null,
    created_at    timestamptz not null default now(),
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, enterprise_id, period),
    foreign key (zone_id, batch_id) references indicators.batch (zone_id, id)
);
create index submission_queue on indicators.submission (zone_id, status, period);

-- What happened to a report and what it said at the time: every submission with its figures,
-- findings and explanations, every return with its reason, every acceptance and reopening.
create table indicators.submission_event (
    zone_id       uuid not null,
    submission_id uuid not null,
    seq           bigint generated always as identity,
    action        text not null check (action in ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'REOPENED')),
    actor         text not null,
    occurred_at   timestamptz not null,
    figures       jsonb,
    findings      jsonb,
    explanation   text,
    explanations  jsonb,
    reason        text,
    primary key (zone_id, submission_id, seq),
    foreign key (zone_id, submission_id) references indicators.submission (zone_id, id)
);

-- Reminders of an overdue report (催报), sent by staff or by the monthly job; the enterprise sees
-- them on its reporting page until the month is submitted. The job reminds once per report.
create table indicators.reminder (
    zone_id       uuid not null,
    id            uuid not null,
    enterprise_id uuid not null,
    period        date not null check (extract(day from period) = 1),
    automatic     boolean not null,
    actor         text not null,
    created_at    timestamptz not null default now(),
    primary key (zone_id, id)
);
create unique index reminder_automatic_once on indicators.reminder (zone_id, enterprise_id, period) where automatic;
create index reminder_enterprise on indicators.reminder (zone_id, enterprise_id, period);
