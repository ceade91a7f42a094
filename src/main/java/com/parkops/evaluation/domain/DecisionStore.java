package com.parkops.evaluation.domain;

import com.parkops.evaluation.Decision;
import com.parkops.evaluation.DecisionKind;
import com.parkops.evaluation.Grade;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff decisions ({@code evaluation.decision}) with the credit code of their enterprise. */
@Component
class DecisionStore {

    /** The enterprise a decision is about, as it stands in the run. */
    record Subject(UUID enterpriseId, String creditCode, String name, int poolIndex, Grade computedGrade) {}

    private static final String SELECT = """
            select d.*, res.credit_code
            from evaluation.decision d
            join evaluation.result res on res.zone_id = d.zone_id and res.run_id = d.run_id
                and res.enterprise_id = d.enterprise_id
            """;

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subject> subject(UUID zoneId, UUID runId, String creditCode) {
        return jdbc.sql("""
                        select enterprise_id, credit_code, enterprise_name, pool_index, computed_grade
                        from evaluation.result where zone_id = :zone and run_id = :run and credit_code = :code
                        """)
                .param("zone", zoneId)
                .param("run", runId)
                .param("code", creditCode)
                .query((rs, row) -> new Subject(
                        rs.getObject("enterprise_id", UUID.class),
                        rs.getString("credit_code"),
                        rs.getString("enterprise_name"),
                        rs.getInt("pool_index"),
                        Grade.valueOf(rs.getString("computed_grade"))))
                .optional();
    }

    /** Locks the run's row for the rest of the transaction, so publishing waits for the decision. */
    void lockRun(UUID zoneId, UUID runId) {
        jdbc.sql("select id from evaluation.run where zone_id = :zone and id = :id for update")
                .param("zone", zoneId)
                .param("id", runId)
                .query(UUID.class)
                .optional();
    }

    void insert(UUID zoneId, UUID runId, Decision decision) {
        jdbc.sql("""
                insert into evaluation.decision
                    (zone_id, id, run_id, enterprise_id, kind, code, steps, reason, approver, decided_by, decided_at)
                values (:zone, :id, :run, :enterprise, :kind, :code, :steps, :reason, :approver, :by,
                        coalesce(cast(:at as timestamptz), now()))
                """)
                .param("zone", zoneId)
                .param("id", decision.id())
                .param("run", runId)
                .param("enterprise", decision.enterpriseId())
                .param("kind", decision.kind().name())
                .param("code", decision.code())
                .param("steps", decision.steps())
                .param("reason", decision.reason())
                .param("approver", decision.approver())
                .param("by", decision.decidedBy())
                .param("at", decision.decidedAt() == null ? null : java.sql.Timestamp.from(decision.decidedAt()))
                .update();
    }

    List<Decision> list(UUID zoneId, UUID runId, String creditCode) {
        return jdbc.sql(SELECT + """
                         where d.zone_id = :zone and d.run_id = :run
                          and (cast(:code as text) is null or res.credit_code = :code)
                        order by d.decided_at, d.id
                        """)
                .param("zone", zoneId)
                .param("run", runId)
                .param("code", creditCode)
                .query(this::row)
                .list();
    }

    Optional<Decision> find(UUID zoneId, UUID runId, UUID id) {
        return jdbc.sql(SELECT + " where d.zone_id = :zone and d.run_id = :run and d.id = :id")
                .param("zone", zoneId)
                .param("run", runId)
                .param("id", id)
                .query(this::row)
                .optional();
    }

    void delete(UUID zoneId, UUID id) {
        jdbc.sql("delete from evaluation.decision where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", id)
                .update();
    }

    private Decision row(ResultSet rs, int row) throws SQLException {
        return new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("run_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class),
                rs.getString("credit_code"),
                DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getInt("steps"),
                rs.getString("reason"),
                rs.getString("approver"),
                rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
