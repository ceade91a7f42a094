-- Consequences per grade (差别化政策): one policy table per zone, edited as a whole under one
-- version, with one row per grade. A zone without a stored table uses the shipped defaults.

create table evaluation.policy (
    zone_id    uuid primary key,
    version    integer not null default 0,
    updated_by text not null,
    updated_at timestamptz not null default now()
);

-- Surcharges in 元 per kWh (electricity) and per tonne (water, sewage), added to the normal price;
-- land_tax_reduction is the 城镇土地使用税 reduction in percent (0–100); the priorities say how
-- the enterprise is served when land, energy use and emission quotas are allocated.
create table evaluation.policy_grade (
    zone_id                uuid not null references evaluation.policy (zone_id) on delete cascade,
    grade                  text not null check (grade in ('A', 'B', 'C', 'D', 'T')),
    electricity_surcharge  numeric(12, 4) not null check (electricity_surcharge >= 0),
    water_surcharge        numeric(12, 2) not null check (water_surcharge >= 0),
    sewage_surcharge       numeric(12, 2) not null check (sewage_surcharge >= 0),
    land_tax_reduction     numeric(5, 2) not null check (land_tax_reduction between 0 and 100),
    land_priority          text not null check (land_priority in ('PRIORITY', 'NORMAL', 'RESTRICTED')),
    energy_priority        text not null check (energy_priority in ('PRIORITY', 'NORMAL', 'RESTRICTED')),
    emission_priority      text not null check (emission_priority in ('PRIORITY', 'NORMAL', 'RESTRICTED')),
    credit                 text not null default '',
    other_measures         text not null default '',
    primary key (zone_id, grade)
);
