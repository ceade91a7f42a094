package com.parkops.projects.domain;

import com.parkops.projects.LandAllocation;
import com.parkops.projects.LandAllocationData;
import com.parkops.projects.LandDecision;
import com.parkops.projects.LandRequestData;
import com.parkops.projects.LandState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Land-quota requests and allocations in {@code projects.land_request} / {@code land_allocation}. */
@Repository
class LandStore {

    private static final String SELECT = """
            select id, project_id, requested_mu, purpose, requested_on, requested_by, state, approved_mu,
                   approver, decided_on, rejection_reason, version
            from projects.land_request
            """;

    private final JdbcClient jdbc;

    LandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LandRow> list(UUID zoneId, Integer year) {
        String where = year == null
                ? " where zone_id = :zone"
                : " where zone_id = :zone and extract(year from requested_on) = :year";
        List<LandRow> rows = jdbc.sql(SELECT + where + " order by requested_on desc, created_at desc")
                .param("zone", zoneId)
                .param("year", year)
                .query(LandStore::row)
                .list();
        Map<UUID, List<LandAllocation>> allocations = jdbc
                .sql("""
                        select request_id, id, mu, allocated_on, parcel, note, created_by
                        from projects.land_allocation where zone_id = :zone order by allocated_on, created_at
                        """)
                .param("zone", zoneId)
                .query((rs, n) -> Map.entry(rs.getObject("request_id", UUID.class), allocation(rs, n)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream()
                .map(row -> row.withAllocations(allocations.getOrDefault(row.id(), List.of())))
                .toList();
    }

    Optional<LandRow> find(UUID zoneId, UUID id) {
        return jdbc.sql(SELECT + " where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query(LandStore::row)
                .optional()
                .map(row -> row.withAllocations(jdbc.sql("""
                                select id, mu, allocated_on, parcel, note, created_by from projects.land_allocation
                                where zone_id = :zone and request_id = :id order by allocated_on, created_at
                                """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .query(LandStore::allocation)
                        .list()));
    }

    void insert(UUID zoneId, UUID id, LandRequestData data, String actor, Instant at) {
        jdbc.sql("""
                        insert into projects.land_request (zone_id, id, project_id, requested_mu, purpose,
                            requested_on, requested_by, state, created_by, created_at)
                        values (:zone, :id, :project, :mu, :purpose, :on, :by, 'REQUESTED', :actor, :at)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("project", data.projectId())
                .param("mu", data.mu())
                .param("purpose", data.purpose().strip())
                .param("on", data.requestedOn())
                .param("by", data.requestedBy().strip())
                .param("actor", actor)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    /** Bumps the version when it is still {@code version}; false when someone changed it first. */
    boolean edit(UUID zoneId, UUID id, int version, LandRequestData data, Instant at) {
        return jdbc.sql("""
                        update projects.land_request set project_id = :project, requested_mu = :mu,
                            purpose = :purpose, requested_on = :on, requested_by = :by,
                            version = version + 1, updated_at = :at
                        where zone_id = :zone and id = :id and version = :version
                        """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .param("project", data.projectId())
                        .param("mu", data.mu())
                        .param("purpose", data.purpose().strip())
                        .param("on", data.requestedOn())
                        .param("by", data.requestedBy().strip())
                        .param("at", java.sql.Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean decide(UUID zoneId, UUID id, int version, LandState state, LandDecision decision, Instant at) {
        return jdbc.sql("""
                        update projects.land_request set state = :state, approved_mu = :mu, approver = :approver,
                            decided_on = :on, rejection_reason = :reason, version = version + 1, updated_at = :at
                        where zone_id = :zone and id = :id and version = :version
                        """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .param("state", state.name())
                        .param("mu", state == LandState.APPROVED ? decision.approvedMu() : null)
                        .param("approver", decision.approver().strip())
                        .param("on", decision.decidedOn())
                        .param(
                                "reason",
                                state == LandState.REJECTED ? decision.reason().strip() : null)
                        .param("at", java.sql.Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean moveTo(UUID zoneId, UUID id, int version, LandState state, Instant at) {
        return jdbc.sql("""
                        update projects.land_request set state = :state, version = version + 1, updated_at = :at
                        where zone_id = :zone and id = :id and version = :version
                        """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .param("state", state.name())
                        .param("at", java.sql.Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean delete(UUID zoneId, UUID id, int version) {
        return jdbc.sql("delete from projects.land_request where zone_id = :zone and id = :id and version = :version")
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void insertAllocation(UUID zoneId, UUID requestId, UUID id, LandAllocationData data, String actor, Instant at) {
        jdbc.sql("""
                        insert into projects.land_allocation (zone_id, id, request_id, mu, allocated_on, parcel,
                            note, created_by, created_at)
                        values (:zone, :id, :request, :mu, :on, :parcel, :note, :actor, :at)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("request", requestId)
                .param("mu", data.mu())
                .param("on", data.allocatedOn())
                .param("parcel", data.parcel().strip())
                .param("note", blankToNull(data.note()))
                .param("actor", actor)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    void deleteAllocation(UUID zoneId, UUID id) {
        jdbc.sql("delete from projects.land_allocation where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LandRow row(ResultSet rs, int n) throws SQLException {
        return new LandRow(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getBigDecimal("requested_mu"),
                rs.getString("purpose"),
                rs.getObject("requested_on", LocalDate.class),
                rs.getString("requested_by"),
                LandState.valueOf(rs.getString("state")),
                rs.getBigDecimal("approved_mu"),
                rs.getString("approver"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("rejection_reason"),
                rs.getInt("version"),
                List.of());
    }

    private static LandAllocation allocation(ResultSet rs, int n) throws SQLException {
        return new LandAllocation(
                rs.getObject("id", UUID.class),
                rs.getBigDecimal("mu"),
                rs.getObject("allocated_on", LocalDate.class),
                rs.getString("parcel"),
                rs.getString("note"),
                rs.getString("created_by"));
    }
}
