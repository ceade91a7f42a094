-- Retried deliveries: how often each channel was tried. A row still without a status long after it
-- was written (the instance died before delivering it) or FAILED with attempts left is tried again
-- by the scheduled retry, with exponential back-off from the last attempt.
alter table zone.notification
    add column email_attempts   integer not null default 0 check (email_attempts >= 0),
    add column webhook_attempts integer not null default 0 check (webhook_attempts >= 0);

-- rows delivered before this column existed were tried once
update zone.notification set email_attempts = 1 where email_status is not null;
update zone.notification set webhook_attempts = 1 where webhook_status is not null;

-- what the retry looks for: only the few rows not delivered yet
create index notification_undelivered on zone.notification (created_at)
    where email_status is null or email_status = 'FAILED' or webhook_status is null or webhook_status = 'FAILED';

-- A notification's texts as message keys and arguments, so each reader's inbox shows them in the
-- reader's language; subject and body stay the zone-language texts (e-mail, robot, older rows).
alter table zone.notification
    add column subject_key text,
    add column body_key    text,
    add column args        text[] not null default '{}';
