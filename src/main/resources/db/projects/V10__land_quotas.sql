-- Land quotas (用地指标): a project's requests for construction-land quota in mu, the decision on
-- each (approved mu up to the requested, or a rejection with its reason) and the allocations of the
-- approved quota to parcels. Projects are investment.project rows, referred to by id without a
-- foreign key across modules. Every key leads with zone_id; ids are UUIDs made by the application.
create table projects.land_request (
    zone_id           uuid not null,
    id                uuid not null,
    project_id        uuid not null,
    requested_mu      numeric(12, 2) not null check (requested_mu > 0),
    purpose           text not null,
    requested_on      date not null,
    requested_by      text not null,
    state             text not null check (state in ('REQUESTED', 'APPROVED', 'REJECTED',
                          'PARTLY_ALLOCATED', 'ALLOCATED')),
    approved_mu       numeric(12, 2) check (approved_mu > 0 and approved_mu <= requested_mu),
    approver          text,
    decided_on        date,
    rejection_reason  text,
    version           integer not null default 0,
    created_by        text not null,
    created_at        timestamptz not null,
    updated_at        timestamptz,
    primary key (zone_id, id),
    check ((state = 'REJECTED') = (rejection_reason is not null)),
    check ((state in ('REQUESTED', 'REJECTED')) = (approved_mu is null))
);

create index land_request_project on projects.land_request (zone_id, project_id);

-- One allocation of approved quota to a parcel (地块); their sum never exceeds the approved mu.
create table projects.land_allocation (
    zone_id       uuid not null,
    id            uuid not null,
    request_id    uuid not null,
    mu            numeric(12, 2) not null check (mu > 0),
    allocated_on  date not null,
    parcel        text not null,
    note          text,
    created_by    text not null,
    created_at    timestamptz not null,
    primary key (zone_id, id),
    foreign key (zone_id, request_id) references projects.land_request (zone_id, id) on delete cascade
);

create index land_allocation_date on projects.land_allocation (zone_id, allocated_on);
