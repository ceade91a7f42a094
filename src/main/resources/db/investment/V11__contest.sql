-- Yearly targets of the investment teams (全员招商) and the weights of the 三比三促 contest.
create table investment.team_target (
    zone_id           uuid not null,
    team_id           uuid not null,
    year              integer not null check (year between 2000 and 2100),
    signed_amount     numeric(16, 2) check (signed_amount >= 0),    -- 万元
    projects_started  integer check (projects_started >= 0),
    funds_in_place    numeric(16, 2) check (funds_in_place >= 0),   -- 万元
    version           integer not null default 0,
    primary key (zone_id, team_id, year),
    foreign key (zone_id, team_id) references investment.team (zone_id, id) on delete cascade
);

-- A zone's contest weights in percent, summing to 100; no row = the defaults 40/30/30.
create table investment.contest_settings (
    zone_id          uuid primary key,
    weight_signed    integer not null check (weight_signed between 0 and 100),
    weight_started   integer not null check (weight_started between 0 and 100),
    weight_funds     integer not null check (weight_funds between 0 and 100),
    version          integer not null default 0,
    updated_by       text,
    updated_at       timestamptz,
    check (weight_signed + weight_started + weight_funds = 100)
);
