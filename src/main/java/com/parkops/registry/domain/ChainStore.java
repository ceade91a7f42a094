package com.parkops.registry.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The zone's industry chains (产业链), known by name. */
@Repository
class ChainStore {

    private final JdbcClient jdbc;

    ChainStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> idOf(UUID zoneId, String name) {
        return jdbc.sql("select id from registry.chain where zone_id = :zone and name = :name")
                .param("zone", zoneId)
                .param("name", name)
                .query(UUID.class)
                .optional();
    }

    /** Inserts a chain unless one of that name exists; true when it was inserted. */
    boolean insertIfAbsent(UUID zoneId, String name) {
        return jdbc.sql("""
                        insert into registry.chain (zone_id, id, name) values (:zone, :id, :name)
                        on conflict (zone_id, name) do nothing
                        """)
                        .param("zone", zoneId)
                        .param("id", UUID.randomUUID())
                        .param("name", name)
                        .update()
                > 0;
    }

    List<String> names(UUID zoneId) {
        return jdbc.sql("select name from registry.chain where zone_id = :zone order by name")
                .param("zone", zoneId)
                .query(String.class)
                .list();
    }
}
