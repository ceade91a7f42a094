-- Sending a submitted rectification back (退回整改, docs/appeals.md "Reverse incentives"): the award
-- is held without rectification again; the latest return is kept here (who, when, why, and the text
-- sent back), earlier ones in the audit log.
alter table appeals.award
    add column returns             integer not null default 0 check (returns >= 0),
    add column return_reason       text,
    add column returned_by         text,
    add column returned_at         timestamptz,
    add column returned_text       text;
