package com.parkops.shared.db;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;

/**
 * Run in a child JVM by {@link EmbeddedPostgresCrashTests}: starts the embedded server on the given
 * folder and commits rows one by one, printing each acknowledged id, until it is killed.
 */
public final class CrashingWriter {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), false, Duration.ofMinutes(2));
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            connection.createStatement().execute("create table if not exists crash_probe (id bigint primary key)");
            var insert = connection.prepareStatement("insert into crash_probe values (?)");
            for (long id = 1; ; id++) {
                insert.setLong(1, id);
                insert.executeUpdate();
                System.out.println("committed " + id);
                System.out.flush();
            }
        }
    }
}
