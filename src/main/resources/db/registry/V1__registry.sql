-- Enterprise registry (企业档案). Keys lead with zone_id so tables can be distributed by zone.
create table registry.chain (
    zone_id  uuid not null,
    id       uuid not null,
    name     text not null,
    created_at timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, name)
);

create table registry.settings (
    zone_id             uuid primary key,
    leading_chain_id    uuid,
    count_leased_land   boolean not null default false,
    qualification_alert_days integer not null default 90 check (qualification_alert_days between 0 and 3650),
    version             integer not null default 0,
    foreign key (zone_id, leading_chain_id) references registry.chain (zone_id, id)
);

create table registry.enterprise (
    zone_id            uuid not null,
    id                 uuid not null,
    credit_code        char(18) not null,
    name               text not null,
    industry_code      text,
    chain_id           uuid,
    emerging_category  text,
    scale              text not null default 'BELOW' check (scale in ('ABOVE', 'BELOW')),
    above_scale_since  date,
    registered_on      date,
    exempt_reason      text,
    address            text,
    legal_representative text,
    contact_name       text,
    contact_phone      text,
    contact_email      text,
    tags               text[] not null default '{}',
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    primary key (zone_id, id),
    unique (zone_id, credit_code),
    foreign key (zone_id, chain_id) references registry.chain (zone_id, id)
);
create index enterprise_name on registry.enterprise (zone_id, name);

-- 入规/退规 history: cultivating → applied → entered (counts from period) → dropped
create table registry.scale_event (
    zone_id       uuid not null,
    id            uuid not null,
    enterprise_id uuid not null,
    kind          text not null check (kind in ('CULTIVATING', 'APPLIED', 'ENTERED', 'DROPPED')),
    period        date not null,
    note          text,
    recorded_at   timestamptz not null default now(),
    primary key (zone_id, id),
    foreign key (zone_id, enterprise_id) references registry.enterprise (zone_id, id) on delete cascade
);
create index scale_event_enterprise on registry.scale_event (zone_id, enterprise_id, period);

create table registry.land_parcel (
    zone_id        uuid not null,
    id             uuid not null,
    enterprise_id  uuid not null,
    certificate_no text,
    area_m2        numeric(14, 2) not null check (area_m2 >= 0),
    land_use       text not null default 'INDUSTRIAL',
    tenure         text not null default 'OWNED' check (tenure in ('OWNED', 'LEASED')),
    -- the parcel written by a registry import's landM2 column; replaced by each import
    imported       boolean not null default false,
    note           text,
    primary key (zone_id, id),
    foreign key (zone_id, enterprise_id) references registry.enterprise (zone_id, id) on delete cascade
);
create index land_parcel_enterprise on registry.land_parcel (zone_id, enterprise_id);

create table registry.qualification (
    zone_id        uuid not null,
    id             uuid not null,
    enterprise_id  uuid not null,
    kind           text not null,
    level          text,
    certificate_no text,
    issued_on      date,
    expires_on     date,
    status         text not null default 'VALID' check (status in ('VALID', 'EXPIRED', 'REVOKED')),
    note           text,
    primary key (zone_id, id),
    foreign key (zone_id, enterprise_id) references registry.enterprise (zone_id, id) on delete cascade
);
create index qualification_expiry on registry.qualification (zone_id, expires_on);
create index qualification_enterprise on registry.qualification (zone_id, enterprise_id);

create table registry.patent_count (
    zone_id       uuid not null,
    enterprise_id uuid not null,
    year          integer not null,
    kind          text not null check (kind in ('INVENTION', 'UTILITY_MODEL', 'DESIGN')),
    granted       integer not null check (granted >= 0),
    primary key (zone_id, enterprise_id, year, kind),
    foreign key (zone_id, enterprise_id) references registry.enterprise (zone_id, id) on delete cascade
);

-- The registry's published read model. Other modules may join this view (and only this view):
-- one row per enterprise with the attributes analysis and evaluation need. land_m2 is the land
-- counted for per-mu figures: owned industrial parcels, plus leased ones when the zone says so.
create view registry.enterprise_profile as
select e.zone_id,
       e.id,
       e.credit_code,
       e.name,
       e.industry_code,
       c.name                                   as chain,
       (s.leading_chain_id is not null and s.leading_chain_id = e.chain_id) as leading_chain,
       e.emerging_category,
       e.scale,
       e.above_scale_since,
       e.registered_on,
       e.exempt_reason,
       coalesce(l.area_m2, 0)                   as land_m2,
       round(coalesce(l.area_m2, 0) * 15 / 10000, 4) as land_mu
from registry.enterprise e
left join registry.chain c on c.zone_id = e.zone_id and c.id = e.chain_id
left join registry.settings s on s.zone_id = e.zone_id
left join lateral (
    select sum(p.area_m2) as area_m2
    from registry.land_parcel p
    where p.zone_id = e.zone_id and p.enterprise_id = e.id and p.land_use = 'INDUSTRIAL'
      and (p.tenure = 'OWNED' or coalesce(s.count_leased_land, false))
) l on true;
