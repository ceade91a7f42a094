package com.parkops.shared.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One embedded server per data folder and JVM, shared by every application context that asks for
 * it (tests start several contexts) and stopped when the last one closes.
 */
final class EmbeddedServers {

    private record Entry(EmbeddedPostgresServer server, int users) {}

    private static final Map<Path, Entry> RUNNING = new HashMap<>();

    private EmbeddedServers() {}

    static synchronized EmbeddedPostgresServer obtain(DatabaseProperties properties) {
        Path key = properties.dataDir().toAbsolutePath().normalize();
        Entry entry = RUNNING.get(key);
        if (entry == null) {
            entry = new Entry(
                    EmbeddedPostgresServer.start(key, properties.cleanDataDir(), properties.startupWait()), 0);
        }
        RUNNING.put(key, new Entry(entry.server(), entry.users() + 1));
        return entry.server();
    }

    static synchronized void release(DatabaseProperties properties) {
        Path key = properties.dataDir().toAbsolutePath().normalize();
        Entry entry = RUNNING.get(key);
        if (entry == null) {
            return;
        }
        if (entry.users() <= 1) {
            RUNNING.remove(key);
            entry.server().close();
        } else {
            RUNNING.put(key, new Entry(entry.server(), entry.users() - 1));
        }
    }
}
