package com.parkops.projects.domain;

import com.parkops.projects.Evidence;
import com.parkops.projects.EvidenceFile;
import com.parkops.projects.Upload;
import com.parkops.shared.InputError;
import com.parkops.shared.files.FileTable;
import com.parkops.shared.files.UploadRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence files in the database: at most {@code max-attachments} per node, each at most {@code
 * max-attachment-size}, of the allowed types (a browser's generic type is replaced by the one the
 * file name's extension stands for). Breaking a limit refuses every file of the request.
 */
@Repository
class EvidenceStore {

    private final JdbcClient jdbc;
    private final UploadRules rules;
    private final FileTable table;
    private final Texts texts;

    EvidenceStore(JdbcClient jdbc, ProjectsProperties properties, Texts texts) {
        this.jdbc = jdbc;
        this.rules =
                new UploadRules(properties.maxAttachments(), properties.maxAttachmentSize(), properties.contentTypes());
        this.table = new FileTable(jdbc, "projects.evidence", "node_id");
        this.texts = texts;
    }

    List<InputError> check(List<Upload> files, int existing) {
        List<InputError> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add(texts.error(null, "files", "projects.error.noFile"));
        }
        errors.addAll(rules.check(
                files,
                existing,
                (problem, args) -> texts.error(null, "files", "projects.error." + problem.key(), args)));
        return errors;
    }

    int count(UUID zoneId, UUID nodeId) {
        return table.count(zoneId, nodeId);
    }

    void insert(UUID zoneId, UUID nodeId, List<Upload> files, String actor, Instant at) {
        for (Upload file : files) {
            table.insert(zoneId, nodeId, file, actor, at);
        }
    }

    List<Evidence> list(UUID zoneId, UUID nodeId) {
        return jdbc.sql("""
                select id, node_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from projects.evidence
                where zone_id = :zone and node_id = :node order by uploaded_at, file_name
                """)
                .param("zone", zoneId)
                .param("node", nodeId)
                .query(EvidenceStore::info)
                .list();
    }

    /** A file of one of the project's nodes. */
    Optional<EvidenceFile> file(UUID zoneId, UUID projectId, UUID id) {
        return jdbc.sql("""
                select e.id, e.node_id, e.file_name, e.content_type, e.size_bytes, e.uploaded_by, e.uploaded_at, e.content
                from projects.evidence e join projects.node n on n.zone_id = e.zone_id and n.id = e.node_id
                where e.zone_id = :zone and e.id = :id and n.project_id = :project
                """)
                .param("zone", zoneId)
                .param("project", projectId)
                .param("id", id)
                .query((rs, n) -> new EvidenceFile(info(rs, n), rs.getBytes("content")))
                .optional();
    }

    private static Evidence info(ResultSet rs, int row) throws SQLException {
        return new Evidence(
                rs.getObject("id", UUID.class),
                rs.getObject("node_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
