package com.parkops.projects.domain;

import com.parkops.projects.DateBase;
import com.parkops.projects.NodeTemplate;
import com.parkops.projects.Phase;
import com.parkops.projects.TemplateNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Templates and their nodes in {@code projects.template} and {@code projects.template_node}. */
@Repository
class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(UUID id, String name, boolean isDefault, int version) {}

    List<NodeTemplate> list(UUID zoneId) {
        return jdbc
                .sql("""
                select id, name, is_default, version from projects.template
                where zone_id = :zone order by is_default desc, name
                """)
                .param("zone", zoneId)
                .query((rs, n) -> new Head(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getBoolean("is_default"),
                        rs.getInt("version")))
                .list()
                .stream()
                .map(head -> withNodes(zoneId, head))
                .toList();
    }

    Optional<NodeTemplate> find(UUID zoneId, UUID id) {
        return jdbc.sql(
                        "select id, name, is_default, version from projects.template where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .query((rs, n) -> new Head(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getBoolean("is_default"),
                        rs.getInt("version")))
                .optional()
                .map(head -> withNodes(zoneId, head));
    }

    Optional<UUID> defaultId(UUID zoneId) {
        return jdbc.sql("select id from projects.template where zone_id = :zone and is_default")
                .param("zone", zoneId)
                .query(UUID.class)
                .optional();
    }

    boolean nameTaken(UUID zoneId, String name, UUID except) {
        return jdbc.sql("""
                select count(*) from projects.template
                where zone_id = :zone and name = :name and id is distinct from :except
                """)
                        .param("zone", zoneId)
                        .param("name", name)
                        .param("except", except)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insert(UUID zoneId, UUID id, String name, boolean isDefault, String actor, Instant at) {
        if (isDefault) {
            clearDefault(zoneId);
        }
        jdbc.sql("""
                insert into projects.template (zone_id, id, name, is_default, version, created_by, created_at)
                values (:zone, :id, :name, :def, 0, :actor, :at)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("name", name)
                .param("def", isDefault)
                .param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** Renames and versions the template; false when the version read is stale. */
    boolean update(UUID zoneId, UUID id, String name, boolean isDefault, int version, Instant at) {
        if (isDefault) {
            clearDefault(zoneId);
        }
        return jdbc.sql("""
                update projects.template set name = :name, is_default = :def, version = version + 1, updated_at = :at
                where zone_id = :zone and id = :id and version = :version
                """)
                        .param("zone", zoneId)
                        .param("id", id)
                        .param("name", name)
                        .param("def", isDefault)
                        .param("version", version)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .update()
                == 1;
    }

    void replaceNodes(UUID zoneId, UUID templateId, List<TemplateNode> nodes) {
        jdbc.sql("delete from projects.template_node where zone_id = :zone and template_id = :id")
                .param("zone", zoneId)
                .param("id", templateId)
                .update();
        int position = 1;
        for (TemplateNode node : nodes) {
            jdbc.sql("""
                    insert into projects.template_node
                        (zone_id, template_id, position, phase, name, department_id, unit_name, base, offset_days)
                    values (:zone, :template, :position, :phase, :name, :department, :unit, :base, :offset)
                    """)
                    .param("zone", zoneId)
                    .param("template", templateId)
                    .param("position", position++)
                    .param("phase", node.phase().name())
                    .param("name", node.name())
                    .param("department", node.departmentId())
                    .param("unit", node.unit())
                    .param("base", node.base().name())
                    .param("offset", node.offsetDays())
                    .update();
        }
    }

    private void clearDefault(UUID zoneId) {
        jdbc.sql("update projects.template set is_default = false where zone_id = :zone and is_default")
                .param("zone", zoneId)
                .update();
    }

    private NodeTemplate withNodes(UUID zoneId, Head head) {
        List<TemplateNode> nodes = jdbc.sql("""
                select phase, name, department_id, unit_name, base, offset_days from projects.template_node
                where zone_id = :zone and template_id = :id order by position
                """)
                .param("zone", zoneId)
                .param("id", head.id())
                .query((rs, n) -> new TemplateNode(
                        Phase.valueOf(rs.getString("phase")),
                        rs.getString("name"),
                        rs.getObject("department_id", UUID.class),
                        rs.getString("unit_name"),
                        DateBase.valueOf(rs.getString("base")),
                        rs.getInt("offset_days")))
                .list();
        return new NodeTemplate(head.id(), head.name(), head.isDefault(), head.version(), nodes);
    }
}
