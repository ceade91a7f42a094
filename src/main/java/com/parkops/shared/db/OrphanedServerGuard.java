package com.parkops.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deals with a {@code postmaster.pid} left behind when the previous application instance was
 * killed: a server still running on our data folder is ours and is stopped; a file naming an
 * unrelated process is stale and removed; a dead process is left to PostgreSQL's own recovery.
 */
final class OrphanedServerGuard {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServerGuard.class);

    private final Path pgData;
    private final Duration wait;

    OrphanedServerGuard(Path pgData, Duration wait) {
        this.pgData = pgData;
        this.wait = wait;
    }

    void clear() throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Path proc = Path.of("/proc", pid.get().toString());
        if (!Files.exists(proc)) {
            return;
        }
        if (isZombie(proc)) {
            awaitExit(proc, pidFile);
            return;
        }
        if (runsIn(proc, pgData)) {
            log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by a previous run", pid.get());
            signalInterrupt(pid.get());
            awaitExit(proc, pidFile);
        } else {
            log.warn("Removing a stale postmaster.pid naming unrelated process {}", pid.get());
            Files.deleteIfExists(pidFile);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isZombie(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean runsIn(Path proc, Path pgData) {
        try {
            return Files.readSymbolicLink(proc.resolve("cwd")).equals(pgData.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static void signalInterrupt(long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned server", e);
        }
    }

    /**
     * Waits until the process is gone. A zombie has already released everything, but PostgreSQL
     * would still see its pid alive, so once the process has been a zombie for a few seconds (no
     * parent reaps it) its pid file is removed instead.
     */
    private void awaitExit(Path proc, Path pidFile) throws IOException {
        Instant deadline = Instant.now().plus(wait);
        Instant zombieSince = null;
        while (Files.exists(proc)) {
            if (isZombie(proc)) {
                zombieSince = zombieSince == null ? Instant.now() : zombieSince;
                if (Instant.now().isAfter(zombieSince.plusSeconds(5))) {
                    Files.deleteIfExists(pidFile);
                    return;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("The orphaned PostgreSQL " + proc + " did not stop within " + wait);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the orphaned server", e);
            }
        }
    }
}
