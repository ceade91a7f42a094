-- Evidence files of a node (photos, permits, minutes), kept in the database so one backup holds
-- everything; at most parkops.projects.max-attachments per node.
create table projects.evidence (
    zone_id       uuid not null,
    id            uuid not null,
    node_id       uuid not null,
    file_name     text not null,
    content_type  text not null,
    size_bytes    integer not null,
    content       bytea not null,
    uploaded_by   text not null,
    uploaded_at   timestamptz not null,
    primary key (zone_id, id),
    foreign key (zone_id, node_id) references projects.node (zone_id, id) on delete cascade
);

create index evidence_node on projects.evidence (zone_id, node_id);
