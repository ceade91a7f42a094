-- Qualifications are edited one by one: a version column lets a stale edit fail instead of
-- silently overwriting another clerk's change.
alter table registry.qualification add column version integer not null default 0;
