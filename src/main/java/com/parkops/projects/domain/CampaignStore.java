package com.parkops.projects.domain;

import com.parkops.investment.Stage;
import com.parkops.projects.CampaignData;
import com.parkops.projects.CampaignGoal;
import com.parkops.projects.CampaignTargetData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns and their targets in {@code projects.campaign} / {@code campaign_target}. */
@Repository
class CampaignStore {

    private static final String SELECT = """
            select id, name, starts_on, deadline, description, version from projects.campaign
            """;
    private static final String TARGETS = """
            select campaign_id, id, project_id, goal_kind, goal_stage, goal_text, done_on
            from projects.campaign_target where zone_id = :zone
            """;

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CampaignRow> list(UUID zoneId) {
        Map<UUID, List<CampaignRow.Target>> targets = jdbc
                .sql(TARGETS + " order by position")
                .param("zone", zoneId)
                .query((rs, n) -> Map.entry(rs.getObject("campaign_id", UUID.class), target(rs, n)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc
                .sql(SELECT + " where zone_id = :zone order by deadline desc, name")
                .param("zone", zoneId)
                .query(CampaignStore::row)
                .list()
                .stream()
                .map(row -> row.withTargets(targets.getOrDefault(row.id(), List.of())))
                .toList();
    }

    Optional<CampaignRow> find(UUID zoneId, UUID id) {
        return jdbc.sql(SELECT + " where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query(CampaignStore::row)
                .optional()
                .map(row -> row.withTargets(jdbc.sql(TARGETS + " and campaign_id = :id order by position")
                        .param("zone", zoneId)
                        .param("id", id)
                        .query(CampaignStore::target)
                        .list()));
    }

    void insert(UUID zoneId, UUID id, CampaignData data, String actor, Instant at) {
        jdbc.sql("""
                        insert into projects.campaign (zone_id, id, name, starts_on, deadline, description,
                            created_by, created_at)
                        values (:zone, :id, :name, :starts, :deadline, :description, :actor, :at)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("name", data.name().strip())
                .param("starts", data.startsOn())
                .param("deadline", data.deadline())
                .param("description", blankToNull(data.description()))
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves the fields (null data = only the version) when the version still matches. */
    boolean update(UUID zoneId, UUID id, int version, CampaignData data, Instant at) {
        String fields = data == null
                ? ""
                : "name = :name, starts_on = :starts, deadline = :deadline, description = :description, ";
        var spec = jdbc.sql(
                        "update projects.campaign set " + fields
                                + "version = version + 1, updated_at = :at where zone_id = :zone and id = :id and version = :version")
                .param("zone", zoneId)
                .param("id", id)
                .param("version", version)
                .param("at", Timestamp.from(at));
        if (data != null) {
            spec = spec.param("name", data.name().strip())
                    .param("starts", data.startsOn())
                    .param("deadline", data.deadline())
                    .param("description", blankToNull(data.description()));
        }
        return spec.update() == 1;
    }

    boolean delete(UUID zoneId, UUID id, int version) {
        return jdbc.sql("delete from projects.campaign where zone_id = :zone and id = :id and version = :version")
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void insertTarget(UUID zoneId, UUID campaignId, UUID id, CampaignTargetData data, Instant at) {
        boolean stage = data.goal() == CampaignGoal.STAGE;
        jdbc.sql("""
                        insert into projects.campaign_target (zone_id, campaign_id, id, project_id, goal_kind,
                            goal_stage, goal_text, position, created_at)
                        values (:zone, :campaign, :id, :project, :kind, :stage, :text,
                            (select coalesce(max(position), 0) + 1 from projects.campaign_target
                             where zone_id = :zone and campaign_id = :campaign), :at)
                        """)
                .param("zone", zoneId)
                .param("campaign", campaignId)
                .param("id", id)
                .param("project", data.projectId())
                .param("kind", data.goal().name())
                .param("stage", stage ? data.stage().name() : null)
                .param("text", stage ? null : data.text().strip())
                .param("at", Timestamp.from(at))
                .update();
    }

    void deleteTarget(UUID zoneId, UUID campaignId, UUID id) {
        jdbc.sql("delete from projects.campaign_target where zone_id = :zone and campaign_id = :campaign and id = :id")
                .param("zone", zoneId)
                .param("campaign", campaignId)
                .param("id", id)
                .update();
    }

    void markDone(UUID zoneId, UUID campaignId, UUID id, LocalDate on) {
        jdbc.sql("""
                        update projects.campaign_target set done_on = :on
                        where zone_id = :zone and campaign_id = :campaign and id = :id
                        """)
                .param("zone", zoneId)
                .param("campaign", campaignId)
                .param("id", id)
                .param("on", on)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CampaignRow row(ResultSet rs, int n) throws SQLException {
        return new CampaignRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("description"),
                rs.getInt("version"),
                List.of());
    }

    private static CampaignRow.Target target(ResultSet rs, int n) throws SQLException {
        String stage = rs.getString("goal_stage");
        return new CampaignRow.Target(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                CampaignGoal.valueOf(rs.getString("goal_kind")),
                stage == null ? null : Stage.valueOf(stage),
                rs.getString("goal_text"),
                rs.getObject("done_on", LocalDate.class));
    }
}
