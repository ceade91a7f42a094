package com.parkops.projects.domain;

import com.parkops.projects.DateBase;
import com.parkops.projects.Phase;
import com.parkops.projects.PlanDates;
import com.parkops.projects.Responsibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Schedules and their nodes in {@code projects.schedule} and {@code projects.node}. */
@Repository
class ScheduleStore {

    private static final String NODES = """
            select n.*, (select count(*) from projects.evidence e where e.zone_id = n.zone_id and e.node_id = n.id)
                as evidence_count
            from projects.node n
            """;

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the head unless the project already has a schedule; false when it had one. */
    boolean insert(UUID zoneId, StoredSchedule head, String actor, Instant at) {
        return jdbc.sql("""
                insert into projects.schedule (zone_id, project_id, template_id, template_name, signed_on,
                    planned_start, planned_production, version, created_by, created_at)
                values (:zone, :project, :template, :name, :signed, :start, :production, 0, :actor, :at)
                on conflict (zone_id, project_id) do nothing
                """)
                        .param("zone", zoneId)
                        .param("project", head.projectId())
                        .param("template", head.templateId())
                        .param("name", head.templateName())
                        .param("signed", head.plan().signedOn())
                        .param("start", head.plan().plannedStart())
                        .param("production", head.plan().plannedProduction())
                        .param("actor", actor)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update()
                == 1;
    }

    void insertNode(UUID zoneId, StoredNode node) {
        jdbc.sql("""
                insert into projects.node (zone_id, id, project_id, position, phase, name, department_id, unit_name,
                    base, offset_days, planned_on)
                values (:zone, :id, :project, :position, :phase, :name, :department, :unit, :base, :offset, :planned)
                """)
                .param("zone", zoneId)
                .param("id", node.id())
                .param("project", node.projectId())
                .param("position", node.position())
                .param("phase", node.phase().name())
                .param("name", node.name())
                .param("department", node.departmentId())
                .param("unit", node.unit())
                .param("base", node.base().name())
                .param("offset", node.offsetDays())
                .param("planned", node.plannedOn())
                .update();
    }

    Optional<StoredSchedule> find(UUID zoneId, UUID projectId) {
        return jdbc.sql("select * from projects.schedule where zone_id = :zone and project_id = :project")
                .param("zone", zoneId)
                .param("project", projectId)
                .query(ScheduleStore::head)
                .optional();
    }

    List<StoredSchedule> all(UUID zoneId) {
        return jdbc.sql("select * from projects.schedule where zone_id = :zone")
                .param("zone", zoneId)
                .query(ScheduleStore::head)
                .list();
    }

    List<StoredNode> nodes(UUID zoneId, UUID projectId) {
        return jdbc.sql(NODES + " where n.zone_id = :zone and n.project_id = :project order by n.position")
                .param("zone", zoneId)
                .param("project", projectId)
                .query(ScheduleStore::node)
                .list();
    }

    List<StoredNode> allNodes(UUID zoneId) {
        return jdbc.sql(NODES + " where n.zone_id = :zone order by n.project_id, n.position")
                .param("zone", zoneId)
                .query(ScheduleStore::node)
                .list();
    }

    List<StoredNode> openOverdue(UUID zoneId, LocalDate today) {
        return jdbc.sql(NODES + " where n.zone_id = :zone and n.actual_on is null and n.planned_on < :today"
                        + " order by n.project_id, n.position")
                .param("zone", zoneId)
                .param("today", today)
                .query(ScheduleStore::node)
                .list();
    }

    /** New plan dates; open nodes not moved by hand follow them. False when the version is stale. */
    boolean replan(UUID zoneId, UUID projectId, PlanDates plan, int version, Instant at) {
        int updated = jdbc.sql("""
                update projects.schedule set signed_on = :signed, planned_start = :start,
                    planned_production = :production, version = version + 1, updated_at = :at
                where zone_id = :zone and project_id = :project and version = :version
                """)
                .param("zone", zoneId)
                .param("project", projectId)
                .param("signed", plan.signedOn())
                .param("start", plan.plannedStart())
                .param("production", plan.plannedProduction())
                .param("version", version)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                update projects.node set version = version + 1, planned_on = case base
                    when 'SIGNED' then cast(:signed as date) when 'START' then cast(:start as date)
                    else cast(:production as date) end + offset_days
                where zone_id = :zone and project_id = :project and actual_on is null and not planned_manual
                """)
                .param("zone", zoneId)
                .param("project", projectId)
                .param("signed", plan.signedOn())
                .param("start", plan.plannedStart())
                .param("production", plan.plannedProduction())
                .update();
        return true;
    }

    boolean assign(UUID zoneId, UUID projectId, Responsibility who, Instant at) {
        return jdbc.sql("""
                update projects.schedule set leader_name = :leader, leader_user_id = :user,
                    lead_department_id = :department, version = version + 1, updated_at = :at
                where zone_id = :zone and project_id = :project and version = :version
                """)
                        .param("zone", zoneId)
                        .param("project", projectId)
                        .param("leader", who.leaderName())
                        .param("user", who.leaderUserId())
                        .param("department", who.leadDepartmentId())
                        .param("version", who.version())
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update()
                == 1;
    }

    boolean complete(UUID zoneId, UUID nodeId, int version, LocalDate actual, String note, String actor) {
        return jdbc.sql("""
                update projects.node set actual_on = :actual, note = :note, completed_by = :actor, version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                        .param("zone", zoneId)
                        .param("id", nodeId)
                        .param("version", version)
                        .param("actual", actual)
                        .param("note", note)
                        .param("actor", actual == null ? null : actor)
                        .update()
                == 1;
    }

    boolean movePlan(UUID zoneId, UUID nodeId, int version, LocalDate planned, String reason) {
        return jdbc.sql("""
                update projects.node set planned_on = :planned, planned_manual = true, plan_reason = :reason,
                    version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                        .param("zone", zoneId)
                        .param("id", nodeId)
                        .param("version", version)
                        .param("planned", planned)
                        .param("reason", reason)
                        .update()
                == 1;
    }

    private static StoredSchedule head(ResultSet rs, int n) throws SQLException {
        return new StoredSchedule(
                rs.getObject("project_id", UUID.class),
                rs.getObject("template_id", UUID.class),
                rs.getString("template_name"),
                new PlanDates(
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getObject("planned_start", LocalDate.class),
                        rs.getObject("planned_production", LocalDate.class)),
                rs.getString("leader_name"),
                rs.getObject("leader_user_id", UUID.class),
                rs.getObject("lead_department_id", UUID.class),
                rs.getInt("version"));
    }

    private static StoredNode node(ResultSet rs, int n) throws SQLException {
        return new StoredNode(
                rs.getObject("id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getInt("position"),
                Phase.valueOf(rs.getString("phase")),
                rs.getString("name"),
                rs.getObject("department_id", UUID.class),
                rs.getString("unit_name"),
                DateBase.valueOf(rs.getString("base")),
                rs.getInt("offset_days"),
                rs.getObject("planned_on", LocalDate.class),
                rs.getBoolean("planned_manual"),
                rs.getString("plan_reason"),
                rs.getObject("actual_on", LocalDate.class),
                rs.getString("note"),
                rs.getString("completed_by"),
                rs.getInt("evidence_count"),
                rs.getInt("version"));
    }
}
