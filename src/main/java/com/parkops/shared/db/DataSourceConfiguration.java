package com.parkops.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource: an external PostgreSQL when a url is configured, otherwise the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parkops");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.embedded()) {
            EmbeddedPostgresServer server = EmbeddedServers.obtain(properties);
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                if (properties.embedded()) {
                    EmbeddedServers.release(properties);
                }
            }
        };
    }

    @Bean
    ModuleMigrations moduleMigrations(DataSource dataSource, DatabaseProperties properties) {
        ModuleMigrations migrations = new ModuleMigrations(dataSource, properties.modules());
        migrations.migrate();
        return migrations;
    }
}
