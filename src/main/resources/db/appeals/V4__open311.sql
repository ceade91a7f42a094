-- Open311 GeoReport v2 (docs/appeals.md "Open311").

-- API keys of a zone's Open311 clients. Only the SHA-256 of a key is stored (hex); the key itself
-- is shown once when it is issued. A revoked key stays listed with the time it was revoked.
create table appeals.open311_key (
    zone_id      uuid not null,
    id           uuid not null,
    name         text not null,
    key_hash     text not null,
    key_prefix   text not null,
    created_by   text not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text,
    version      integer not null default 0,
    primary key (zone_id, id),
    unique (zone_id, key_hash)
);
-- a key is presented without its zone
create index open311_key_hash on appeals.open311_key (key_hash);

-- What an Open311 client sent with a request beyond the appeal itself: where (lat/long, address,
-- address_id), media, the submitter's contact and account, the key it came through, and the
-- token that resolves to the request (GET tokens/{token}).
create table appeals.open311_request (
    zone_id        uuid not null,
    appeal_id      uuid not null,
    key_id         uuid not null,
    token          text not null,
    lat            double precision,
    long           double precision,
    address_string text,
    address_id     text,
    media_url      text,
    email          text,
    device_id      text,
    account_id     text,
    first_name     text,
    last_name      text,
    phone          text,
    primary key (zone_id, appeal_id),
    unique (zone_id, token),
    foreign key (zone_id, appeal_id) references appeals.appeal (zone_id, id),
    foreign key (zone_id, key_id) references appeals.open311_key (zone_id, id)
);
