package com.parkops.shared.files;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of uploaded files kept in the database, each belonging to one owner row: columns {@code
 * zone_id, id, <owner>, file_name, content_type, size_bytes, content (bytea), uploaded_by,
 * uploaded_at}. The module reads its files with its own queries; this counts and stores them.
 */
public final class FileTable {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;
    private final String table;
    private final String ownerColumn;

    /**
     * @param table the table, schema-qualified (e.g. {@code appeals.attachment})
     * @param ownerColumn the column naming the owner row (e.g. {@code appeal_id})
     */
    public FileTable(JdbcClient jdbc, String table, String ownerColumn) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(ownerColumn).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + table + ", " + ownerColumn);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    /** How many files the owner has. */
    public int count(UUID zoneId, UUID ownerId) {
        return jdbc.sql("select count(*) from " + table + " where zone_id = :zone and " + ownerColumn + " = :owner")
                .param("zone", zoneId)
                .param("owner", ownerId)
                .query(Integer.class)
                .single();
    }

    /**
     * Stores a file under its {@linkplain UploadRules#safeName safe name} and {@linkplain
     * UploadRules#contentType resolved type}; {@code at} null leaves the upload time to the database.
     *
     * @return the new file's id
     */
    public UUID insert(UUID zoneId, UUID ownerId, UploadedFile file, String actor, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into " + table + " (zone_id, id, " + ownerColumn + """
                        , file_name, content_type, size_bytes, content, uploaded_by, uploaded_at)
                        values (:zone, :id, :owner, :name, :type, :size, :content, :actor,
                            coalesce(cast(:at as timestamptz), now()))
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("owner", ownerId)
                .param("name", UploadRules.safeName(file.fileName()))
                .param("type", UploadRules.contentType(file))
                .param("size", file.size())
                .param("content", file.content())
                .param("actor", actor)
                .param("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return id;
    }
}
