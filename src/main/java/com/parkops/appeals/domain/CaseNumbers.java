package com.parkops.appeals.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers per zone and year, {@code SQ2026-000123}: a counter row per zone and year, taken
 * under its row lock in the intake's transaction, so numbers are never shared and a rolled-back
 * intake gives its number back.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final String prefix;

    CaseNumbers(JdbcClient jdbc, AppealsProperties properties) {
        this.jdbc = jdbc;
        this.prefix = properties.casePrefix();
    }

    String next(UUID zoneId, int year) {
        int number = jdbc.sql("""
                insert into appeals.case_counter (zone_id, year, last_number) values (:zone, :year, 1)
                on conflict (zone_id, year) do update set last_number = appeals.case_counter.last_number + 1
                returning last_number
                """)
                .param("zone", zoneId)
                .param("year", year)
                .query(Integer.class)
                .single();
        return format(prefix, year, number);
    }

    static String format(String prefix, int year, int number) {
        return "%s%d-%06d".formatted(prefix, year, number);
    }
}
