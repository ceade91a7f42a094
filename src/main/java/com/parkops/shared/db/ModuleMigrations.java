package com.parkops.shared.db;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs each module's Flyway migrations ({@code classpath:db/<module>/V*.sql}) into the module's own
 * schema with its own history table, in the configured order, so modules evolve independently.
 */
public final class ModuleMigrations {

    private final DataSource dataSource;
    private final List<String> modules;

    ModuleMigrations(DataSource dataSource, List<String> modules) {
        this.dataSource = dataSource;
        this.modules = List.copyOf(modules);
    }

    void migrate() {
        for (String module : modules) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(module)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:db/" + module)
                    .load()
                    .migrate();
        }
    }

    /** The modules migrated, in order. */
    public List<String> modules() {
        return modules;
    }
}
