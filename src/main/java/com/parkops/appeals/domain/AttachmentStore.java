package com.parkops.appeals.domain;

import com.parkops.appeals.AttachmentFile;
import com.parkops.appeals.AttachmentInfo;
import com.parkops.appeals.Upload;
import com.parkops.shared.InputError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachments in the database: at most {@code max-attachments} per appeal, each at most {@code
 * max-attachment-size}, of the allowed content types (a browser's generic type is replaced by the
 * one its file name's extension stands for). Breaking a limit refuses all files of the request.
 */
@Component
class AttachmentStore {

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
    private final AppealsProperties properties;
    private final Set<String> allowed;
    private final AppealMessages messages;

    AttachmentStore(JdbcClient jdbc, AppealsProperties properties, AppealMessages messages) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.allowed = Set.copyOf(properties.contentTypes());
        this.messages = messages;
    }

    /** Every problem of adding these files to an appeal that already has {@code existing}. */
    List<InputError> check(List<Upload> files, int existing) {
        List<InputError> errors = new ArrayList<>();
        if (existing + files.size() > properties.maxAttachments()) {
            errors.add(messages.error("attachments", "appeals.error.tooManyFiles", properties.maxAttachments()));
        }
        long max = properties.maxAttachmentSize().toBytes();
        for (Upload file : files) {
            if (file.size() == 0) {
                errors.add(messages.error("attachments", "appeals.error.emptyFile", file.fileName()));
            } else if (file.size() > max) {
                errors.add(messages.error(
                        "attachments",
                        "appeals.error.fileTooLarge",
                        file.fileName(),
                        properties.maxAttachmentSize().toMegabytes()));
            }
            if (!allowed.contains(contentType(file))) {
                errors.add(messages.error("attachments", "appeals.error.fileType", file.fileName()));
            }
        }
        return errors;
    }

    int count(UUID zoneId, UUID appealId) {
        return jdbc.sql("select count(*) from appeals.attachment where zone_id = :zone and appeal_id = :appeal")
                .param("zone", zoneId)
                .param("appeal", appealId)
                .query(Integer.class)
                .single();
    }

    List<AttachmentInfo> insert(UUID zoneId, UUID appealId, List<Upload> files, String actor) {
        List<UUID> ids = new ArrayList<>();
        for (Upload file : files) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into appeals.attachment (zone_id, id, appeal_id, file_name, content_type, size_bytes, content,
                        uploaded_by)
                    values (:zone, :id, :appeal, :name, :type, :size, :content, :actor)
                    """)
                    .param("zone", zoneId)
                    .param("id", id)
                    .param("appeal", appealId)
                    .param("name", safeName(file.fileName()))
                    .param("type", contentType(file))
                    .param("size", file.size())
                    .param("content", file.content())
                    .param("actor", actor)
                    .update();
            ids.add(id);
        }
        return list(zoneId, appealId).stream().filter(a -> ids.contains(a.id())).toList();
    }

    List<AttachmentInfo> list(UUID zoneId, UUID appealId) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from appeals.attachment
                where zone_id = :zone and appeal_id = :appeal order by uploaded_at, file_name
                """)
                .param("zone", zoneId)
                .param("appeal", appealId)
                .query(AttachmentStore::info)
                .list();
    }

    Optional<AttachmentFile> file(UUID zoneId, UUID appealId, UUID id) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at, content
                from appeals.attachment where zone_id = :zone and appeal_id = :appeal and id = :id
                """)
                .param("zone", zoneId)
                .param("appeal", appealId)
                .param("id", id)
                .query((rs, n) -> new AttachmentFile(info(rs, n), rs.getBytes("content")))
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

    private static AttachmentInfo info(ResultSet rs, int row) throws SQLException {
        return new AttachmentInfo(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getInt("size_bytes"),
                rs.getString("uploaded_by"),
                AppealStore.instant(rs, "uploaded_at"));
    }
}
