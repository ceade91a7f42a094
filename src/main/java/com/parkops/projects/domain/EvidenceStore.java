package com.parkops.projects.domain;

import com.parkops.projects.Evidence;
import com.parkops.projects.EvidenceFile;
import com.parkops.projects.Upload;
import com.parkops.shared.InputError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "gif", "image/gif",
            "webp", "image/webp",
            "txt", "text/plain",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final JdbcClient jdbc;
    private final ProjectsProperties properties;
    private final Set<String> allowed;
    private final Texts texts;

    EvidenceStore(JdbcClient jdbc, ProjectsProperties properties, Texts texts) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.allowed = Set.copyOf(properties.contentTypes());
        this.texts = texts;
    }

    List<InputError> check(List<Upload> files, int existing) {
        List<InputError> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add(texts.error(null, "files", "projects.error.noFile"));
        }
        if (existing + files.size() > properties.maxAttachments()) {
            errors.add(texts.error(null, "files", "projects.error.tooManyFiles", properties.maxAttachments()));
        }
        long max = properties.maxAttachmentSize().toBytes();
        for (Upload file : files) {
            if (file.size() == 0) {
                errors.add(texts.error(null, "files", "projects.error.emptyFile", file.fileName()));
            } else if (file.size() > max) {
                errors.add(texts.error(
                        null,
                        "files",
                        "projects.error.fileTooLarge",
                        file.fileName(),
                        properties.maxAttachmentSize().toMegabytes()));
            }
            if (!allowed.contains(contentType(file))) {
                errors.add(texts.error(null, "files", "projects.error.fileType", file.fileName()));
            }
        }
        return errors;
    }

    int count(UUID zoneId, UUID nodeId) {
        return jdbc.sql("select count(*) from projects.evidence where zone_id = :zone and node_id = :node")
                .param("zone", zoneId)
                .param("node", nodeId)
                .query(Integer.class)
                .single();
    }

    void insert(UUID zoneId, UUID nodeId, List<Upload> files, String actor, Instant at) {
        for (Upload file : files) {
            jdbc.sql("""
                    insert into projects.evidence (zone_id, id, node_id, file_name, content_type, size_bytes, content,
                        uploaded_by, uploaded_at)
                    values (:zone, :id, :node, :name, :type, :size, :content, :actor, :at)
                    """)
                    .param("zone", zoneId)
                    .param("id", UUID.randomUUID())
                    .param("node", nodeId)
                    .param("name", safeName(file.fileName()))
                    .param("type", contentType(file))
                    .param("size", file.size())
                    .param("content", file.content())
                    .param("actor", actor)
                    .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                    .update();
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

    private static String contentType(Upload file) {
        String declared = file.contentType() == null
                ? ""
                : file.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!declared.isEmpty() && !declared.equals("application/octet-stream")) {
            return declared;
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : BY_EXTENSION.getOrDefault(name.substring(dot + 1), declared);
    }

    private static String safeName(String name) {
        String base = name == null || name.isBlank() ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
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
