-- In-app notifications (站内消息): one row per recipient. Other deliveries (e-mail, chat webhook)
-- are attempted for each row and their outcome recorded here.
create table zone.notification (
    zone_id     uuid not null,
    id          uuid not null,
    user_id     uuid not null,
    kind        text not null,
    subject     text not null,
    body        text not null,
    link        text,
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    primary key (zone_id, id),
    foreign key (zone_id, user_id) references zone.user_account (zone_id, id) on delete cascade
);
create index notification_inbox on zone.notification (zone_id, user_id, created_at desc);
