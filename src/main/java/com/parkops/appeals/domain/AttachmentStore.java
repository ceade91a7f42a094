package com.parkops.appeals.domain;

import com.parkops.appeals.AttachmentFile;
import com.parkops.appeals.AttachmentInfo;
import com.parkops.appeals.Upload;
import com.parkops.shared.InputError;
import com.parkops.shared.files.FileTable;
import com.parkops.shared.files.UploadRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final JdbcClient jdbc;
    private final UploadRules rules;
    private final FileTable table;
    private final AppealMessages messages;

    AttachmentStore(JdbcClient jdbc, AppealsProperties properties, AppealMessages messages) {
        this.jdbc = jdbc;
        this.rules =
                new UploadRules(properties.maxAttachments(), properties.maxAttachmentSize(), properties.contentTypes());
        this.table = new FileTable(jdbc, "appeals.attachment", "appeal_id");
        this.messages = messages;
    }

    /** Every problem of adding these files to an appeal that already has {@code existing}. */
    List<InputError> check(List<Upload> files, int existing) {
        return rules.check(
                files,
                existing,
                (problem, args) -> messages.error("attachments", "appeals.error." + problem.key(), args));
    }

    int count(UUID zoneId, UUID appealId) {
        return table.count(zoneId, appealId);
    }

    /** Stores the files, uploaded now by the database's clock. */
    List<AttachmentInfo> insert(UUID zoneId, UUID appealId, List<Upload> files, String actor) {
        List<UUID> ids = new ArrayList<>();
        for (Upload file : files) {
            ids.add(table.insert(zoneId, appealId, file, actor, null));
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
