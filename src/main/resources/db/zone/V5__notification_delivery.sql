-- Delivery of notifications beyond the in-app inbox: each zone's SMTP server and chat-group robot
-- (WeCom / DingTalk), and the outcome of each attempt on the notification row itself.
create table zone.notify_settings (
    zone_id         uuid not null,
    mail_enabled    boolean not null default false,
    smtp_host       text,
    smtp_port       integer check (smtp_port between 1 and 65535),
    smtp_username   text,
    -- kept so the server can sign in; never shown back or written to the audit log
    smtp_password   text,
    mail_from       text,
    mail_security   text not null default 'STARTTLS' check (mail_security in ('NONE', 'STARTTLS', 'SSL')),
    webhook_enabled boolean not null default false,
    webhook_url     text,
    webhook_style   text not null default 'WECOM' check (webhook_style in ('WECOM', 'DINGTALK')),
    webhook_format  text not null default 'TEXT' check (webhook_format in ('TEXT', 'MARKDOWN')),
    -- DingTalk's signing secret (加签), optional; never shown back
    webhook_secret  text,
    -- where the application is reached from outside, to turn a notification's link into a full URL
    base_url        text,
    updated_by      text not null,
    updated_at      timestamptz not null default now(),
    version         integer not null default 1,
    primary key (zone_id)
);

-- The rows written by one call to Notifications share a batch: a chat group hears of it once.
alter table zone.notification
    add column batch_id             uuid,
    add column email_status         text check (email_status in ('SENT', 'FAILED', 'SKIPPED')),
    add column email_error          text,
    add column email_attempted_at   timestamptz,
    add column webhook_status       text check (webhook_status in ('SENT', 'FAILED', 'SKIPPED')),
    add column webhook_error        text,
    add column webhook_attempted_at timestamptz;
create index notification_batch on zone.notification (zone_id, batch_id);
create index notification_recent on zone.notification (zone_id, created_at desc);
