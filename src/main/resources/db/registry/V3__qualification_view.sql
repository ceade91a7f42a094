-- Published read model for other modules: the qualifications each enterprise holds.
create view registry.enterprise_qualification as
select q.zone_id, q.enterprise_id, q.kind, q.level, q.issued_on, q.expires_on, q.status
from registry.qualification q;
