package com.parkops.projects.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts investment projects directly (the investment services are built elsewhere). */
final class ProjectsFixture {

    private ProjectsFixture() {}

    static UUID project(JdbcClient jdbc, UUID zoneId, String code, String stage, LocalDate signedOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into investment.project (zone_id, id, code, name, capital_source, currency, amount, stage,
                    signed_on)
                values (:zone, :id, :code, :name, 'DOMESTIC', 'CNY', 60000, :stage, :signed)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("code", code)
                .param("name", "新能源电池项目 " + code)
                .param("stage", stage)
                .param("signed", signedOn)
                .update();
        return id;
    }
}
