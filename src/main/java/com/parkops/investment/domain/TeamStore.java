package com.parkops.investment.domain;

import com.parkops.investment.PipelineTeams;
import com.parkops.investment.Team;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The zone's teams, as the pipeline reads them (the contest pages manage them in full). */
@Service
class TeamStore implements PipelineTeams {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TeamStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> list(UUID zoneId) {
        return jdbc.sql("""
                        select id, name, leader_name, active from investment.team
                        where zone_id = :zone order by active desc, name
                        """)
                .param("zone", zoneId)
                .query((rs, n) ->
                        new Team(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    @Override
    @Transactional
    public UUID ensure(UUID zoneId, String actor, String name, String leaderName) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into investment.team (zone_id, id, name, leader_name)
                        values (:zone, :id, :name, :leader) on conflict (zone_id, name) do nothing
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("name", name)
                .param("leader", leaderName)
                .update();
        if (inserted == 0) {
            return jdbc.sql("select id from investment.team where zone_id = :zone and name = :name")
                    .param("zone", zoneId)
                    .param("name", name)
                    .query(UUID.class)
                    .single();
        }
        audit.record(new AuditEntry(
                zoneId,
                actor,
                "investment-team",
                id.toString(),
                "create",
                name,
                Map.of("name", new AuditEntry.Change(null, name))));
        return id;
    }
}
