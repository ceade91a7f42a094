-- The audit browser looks a record up by its id (e.g. a credit code) whatever its kind, and by
-- who acted regardless of the case the user name was typed in.
create index audit_event_entity_id on zone.audit_event (zone_id, entity_id, occurred_at desc);
create index audit_event_actor_ci on zone.audit_event (zone_id, lower(actor), occurred_at desc);
drop index zone.audit_event_actor;
