-- Signed contracts (签约合同) and their promises, one per project, and the zone's promise-tracking
-- setting. amount is in the project's currency (万元, or 万美元 for a USD project at its kept rate).
create table investment.contract (
    zone_id                  uuid not null,
    project_id               uuid not null,
    contract_no              text not null,
    signed_on                date not null,
    investor                 text not null,
    amount                   numeric(16, 2) not null check (amount > 0),
    land_mu                  numeric(12, 2) check (land_mu >= 0),
    promised_intensity       numeric(14, 2) check (promised_intensity > 0),   -- 万元/亩
    promised_tax_per_mu      numeric(14, 2) check (promised_tax_per_mu > 0),  -- 万元/亩 per year
    promised_output          numeric(16, 2) check (promised_output > 0),      -- 万元 per year
    planned_start_on         date,
    planned_production_on    date,
    note                     text,
    version                  integer not null default 0,
    created_by               text not null,
    created_at               timestamptz not null,
    updated_by               text,
    updated_at               timestamptz,
    primary key (zone_id, project_id),
    unique (zone_id, contract_no),
    foreign key (zone_id, project_id) references investment.project (zone_id, id) on delete cascade
);

-- A zone's promise-tracking settings; no row = the defaults (shortfall below 70 % of a promise).
create table investment.promise_settings (
    zone_id            uuid primary key,
    shortfall_percent  numeric(5, 2) not null check (shortfall_percent > 0 and shortfall_percent <= 100),
    version            integer not null default 0,
    updated_by         text,
    updated_at         timestamptz
);
