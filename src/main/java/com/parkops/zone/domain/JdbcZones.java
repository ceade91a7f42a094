package com.parkops.zone.domain;

import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Zones;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcZones implements Zones {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    JdbcZones(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Zone create(String code, String name, String actor) {
        Zone zone = new Zone(UUID.randomUUID(), code, name, "Asia/Shanghai");
        jdbc.sql("insert into zone.zone (id, code, name, time_zone) values (:id, :code, :name, :tz)")
                .param("id", zone.id())
                .param("code", code)
                .param("name", name)
                .param("tz", zone.timeZone())
                .update();
        audit.record(new AuditEntry(
                zone.id(), actor, "zone", code, "create", name, AuditEntry.diff(Map.of(), Map.of("name", name))));
        return zone;
    }

    @Override
    public Optional<Zone> find(UUID id) {
        return jdbc.sql("select id, code, name, time_zone from zone.zone where id = :id")
                .param("id", id)
                .query(Zone.class)
                .optional();
    }

    @Override
    public List<Zone> all() {
        return jdbc.sql("select id, code, name, time_zone from zone.zone order by created_at")
                .query(Zone.class)
                .list();
    }

    @Override
    public LocalDate today(UUID zoneId) {
        return LocalDate.now(clock.withZone(timeZone(zoneId)));
    }
}
