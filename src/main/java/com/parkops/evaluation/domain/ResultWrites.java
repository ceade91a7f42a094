package com.parkops.evaluation.domain;

import com.parkops.shared.db.StreamingJdbc;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a run's results, each with the inputs it was scored from, and reads those inputs back
 * for recomputing a draft, comparing schemes and the path to the next grade.
 */
@Component
class ResultWrites {

    private static final int BATCH = 1000;

    /** The inputs of one result as stored with it. */
    record StoredFacts(
            String scale,
            BigDecimal landMu,
            String industryCode,
            LocalDate registeredOn,
            String exemptReason,
            Map<String, BigDecimal> figures,
            List<String> qualifications) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StreamingJdbc streaming;
    private final ObjectMapper json;

    ResultWrites(JdbcClient jdbc, DataSource dataSource, StreamingJdbc streaming, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        this.streaming = streaming;
        this.json = json;
    }

    void insertResults(UUID zoneId, UUID runId, List<Scored> results) {
        String sql = """
                insert into evaluation.result (zone_id, run_id, enterprise_id, credit_code, enterprise_name, pool,
                    pool_index, computed_grade, grade, total, rank, graded, exempt_reason, bonus, penalty, items,
                    breakdown, facts)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """;
        for (int from = 0; from < results.size(); from += BATCH) {
            List<Scored> chunk = results.subList(from, Math.min(results.size(), from + BATCH));
            batch.batchUpdate(sql, chunk, chunk.size(), (PreparedStatement ps, Scored r) -> {
                EnterpriseFacts f = r.facts();
                ps.setObject(1, zoneId);
                ps.setObject(2, runId);
                ps.setObject(3, f.enterpriseId());
                ps.setString(4, f.creditCode());
                ps.setString(5, f.name());
                ps.setString(6, r.pool());
                ps.setInt(7, r.poolIndex());
                ps.setString(8, r.computedGrade().name());
                ps.setString(9, r.grade().name());
                ps.setBigDecimal(10, r.total());
                if (r.rank() == null) {
                    ps.setNull(11, Types.INTEGER);
                } else {
                    ps.setInt(11, r.rank());
                }
                ps.setInt(12, r.graded());
                ps.setString(13, r.exemptReason());
                ps.setBigDecimal(14, r.bonus());
                ps.setBigDecimal(15, r.penalty());
                ps.setArray(
                        16, ps.getConnection().createArrayOf("text", r.items().toArray()));
                ps.setString(17, json.writeValueAsString(r.indicators()));
                ps.setString(
                        18,
                        json.writeValueAsString(new StoredFacts(
                                f.scale(),
                                f.landMu(),
                                f.industryCode(),
                                f.registeredOn(),
                                f.exemptReason(),
                                f.figures(),
                                f.qualifications().stream().sorted().toList())));
            });
        }
    }

    void deleteResults(UUID zoneId, UUID runId) {
        jdbc.sql("delete from evaluation.result where zone_id = :zone and run_id = :run")
                .param("zone", zoneId)
                .param("run", runId)
                .update();
    }

    /** The inputs every result of the run was scored from. */
    List<EnterpriseFacts> facts(UUID zoneId, UUID runId) {
        List<EnterpriseFacts> facts = new ArrayList<>();
        streaming.query("""
                select enterprise_id, credit_code, enterprise_name, facts from evaluation.result
                where zone_id = :zone and run_id = :run order by enterprise_id
                """, Map.of("zone", zoneId, "run", runId), rs -> {
            StoredFacts stored = json.readValue(rs.getString("facts"), StoredFacts.class);
            facts.add(new EnterpriseFacts(
                    rs.getObject("enterprise_id", UUID.class),
                    rs.getString("credit_code"),
                    rs.getString("enterprise_name"),
                    stored.scale(),
                    stored.landMu(),
                    stored.industryCode(),
                    stored.registeredOn(),
                    stored.exemptReason(),
                    stored.figures(),
                    new HashSet<>(stored.qualifications())));
        });
        return facts;
    }
}
