package com.parkops.shared.db;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With no {@code url} ParkOps starts its own embedded PostgreSQL with its data
 * in {@code dataDir}; with a url it uses that server.
 *
 * @param url JDBC url of an external PostgreSQL ({@code PARKOPS_DB_URL}); blank for embedded
 * @param user user name for the external server ({@code PARKOPS_DB_USER})
 * @param password password for the external server ({@code PARKOPS_DB_PASSWORD})
 * @param dataDir folder of the embedded server's data ({@code PARKOPS_DATA_DIR}, default {@code ./data})
 * @param cleanDataDir start the embedded server on an empty folder (tests only)
 * @param startupWait how long the embedded server may take to start, crash recovery included
 * @param modules the modules whose migrations run, in dependency order
 */
@ConfigurationProperties("parkops.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("false") boolean cleanDataDir,
        @DefaultValue("5m") Duration startupWait,
        @DefaultValue("10") int poolSize,

        @DefaultValue({"zone", "registry", "indicators", "evaluation", "appeals", "investment", "projects"})
        java.util.List<String> modules) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
