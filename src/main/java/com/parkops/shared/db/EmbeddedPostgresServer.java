package com.parkops.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries shipped in a Maven artifact, with its data in a
 * folder of ours.
 *
 * <p>The library's defaults are tuned for throw-away test databases (fsync off, asynchronous
 * commit) and its server outlives a killed JVM. This class makes it safe to keep real data in:
 * durable commits, an exclusive lock file of our own so that two instances never share a folder,
 * and clean-up of a server orphaned by a {@code kill -9} of the previous instance.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofMinutes(2);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static EmbeddedPostgresServer start(Path folder, boolean clean, Duration startupWait) {
        try {
            Files.createDirectories(folder);
            Path pgData = folder.resolve("pg").toAbsolutePath().normalize();
            Path binaries = folder.resolve("pg-bin").toAbsolutePath().normalize();
            Files.createDirectories(binaries);
            FileChannel channel = FileChannel.open(
                    folder.resolve("parkops.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another ParkOps instance is using the data folder " + folder
                        + "; stop it first or set PARKOPS_DATA_DIR to another folder.");
            }
            if (!clean) {
                new OrphanedServerGuard(pgData, ORPHAN_STOP_WAIT).clear();
            }
            Instant startedAfter = Instant.now().minusSeconds(2);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(clean)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPGStartupWait(startupWait)
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "100")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, channel, lock);
            server.verifyIsOurs(pgData, startedAfter);
            log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), pgData);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    /** Refuses to go on if the port answered with another server than the one just started. */
    private void verifyIsOurs(Path pgData, Instant startedAfter) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select pg_postmaster_start_time(), current_setting('data_directory')")) {
            row.next();
            Instant started = row.getObject(1, OffsetDateTime.class).toInstant();
            Path directory = Path.of(row.getString(2)).toRealPath();
            if (started.isBefore(startedAfter) || !directory.equals(pgData.toRealPath())) {
                close();
                throw new IllegalStateException("The embedded PostgreSQL port answered with another server (data in "
                        + directory + ", started " + started + ")");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not verify the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                log.warn("Could not release the data folder lock", e);
            }
        }
    }
}
