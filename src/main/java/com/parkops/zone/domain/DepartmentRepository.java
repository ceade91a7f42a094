package com.parkops.zone.domain;

import com.parkops.zone.Users.Department;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID zoneId, UUID id, String name, String shortName) {
        jdbc.sql("insert into zone.department (zone_id, id, name, short_name) values (:zone, :id, :name, :short)")
                .param("zone", zoneId)
                .param("id", id)
                .param("name", name)
                .param("short", shortName)
                .update();
    }

    Optional<Department> find(UUID zoneId, UUID id) {
        return jdbc.sql("select id, name, short_name, version from zone.department where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query(Department.class)
                .optional();
    }

    /** Renames when the version still matches; false when it is stale. */
    boolean rename(UUID zoneId, UUID id, int version, String name, String shortName) {
        return jdbc.sql("""
                        update zone.department set name = :name, short_name = :short, version = version + 1
                        where zone_id = :zone and id = :id and version = :version
                        """)
                        .param("name", name)
                        .param("short", shortName)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                > 0;
    }

    boolean nameTaken(UUID zoneId, String name, UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from zone.department
                                       where zone_id = :zone and lower(name) = lower(:name) and id <> :except)
                        """)
                .param("zone", zoneId)
                .param("name", name)
                .param("except", except == null ? new UUID(0, 0) : except)
                .query(Boolean.class)
                .single();
    }

    List<Department> list(UUID zoneId) {
        return jdbc.sql("select id, name, short_name, version from zone.department where zone_id = :zone order by name")
                .param("zone", zoneId)
                .query(Department.class)
                .list();
    }

    Map<UUID, Integer> userCounts(UUID zoneId) {
        record Count(UUID departmentId, int users) {}
        return jdbc.sql("""
                        select department_id, count(*)::int as users from zone.user_account
                        where zone_id = :zone and department_id is not null group by department_id
                        """).param("zone", zoneId).query(Count.class).list().stream()
                .collect(Collectors.toMap(Count::departmentId, Count::users));
    }
}
