package com.parkops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database must keep every acknowledged commit when the application is killed with
 * SIGKILL, and the next start must deal with the server the dead JVM left running.
 */
class EmbeddedPostgresCrashTests {

    @TempDir
    Path folder;

    @Test
    void shouldKeepAcknowledgedCommitsAndRestartAfterKillMinusNine() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingWriter.class.getName(),
                        folder.toString())
                .redirectErrorStream(true)
                .start();
        long lastAcknowledged = 0;
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("committed ")) {
                    lastAcknowledged = Long.parseLong(line.substring(10));
                    if (lastAcknowledged >= 300) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcknowledged).isEqualTo(300);
        assertThat(Files.exists(folder.resolve("pg/postmaster.pid")))
                .as("the killed JVM left its server running")
                .isTrue();

        try (var server = EmbeddedPostgresServer.start(folder, false, Duration.ofMinutes(2));
                var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                var rows = connection.createStatement().executeQuery("select count(*), max(id) from crash_probe")) {
            rows.next();
            assertThat(rows.getLong(2)).isGreaterThanOrEqualTo(lastAcknowledged);
            assertThat(rows.getLong(1)).isEqualTo(rows.getLong(2));
        }
    }

    @Test
    void shouldRefuseASecondInstanceOnTheSameFolder() {
        try (var first = EmbeddedPostgresServer.start(folder, false, Duration.ofMinutes(2))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(folder, false, Duration.ofMinutes(2)))
                    .hasMessageContaining("Another ParkOps instance");
        }
    }
}
