package com.parkops.evaluation.domain;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns.GradeCount;
import com.parkops.evaluation.EvaluationRuns.ResultFilter;
import com.parkops.evaluation.EvaluationRuns.ResultPage;
import com.parkops.evaluation.Grade;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.RunStatus;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.db.StreamingJdbc;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Runs, decisions and the reading of results in the {@code evaluation} schema. */
@Component
class RunStore {

    private static final TypeReference<List<IndicatorScore>> BREAKDOWN = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final StreamingJdbc streaming;
    private final ObjectMapper json;

    RunStore(JdbcClient jdbc, StreamingJdbc streaming, ObjectMapper json) {
        this.jdbc = jdbc;
        this.streaming = streaming;
        this.json = json;
    }

    void insertRun(UUID zoneId, UUID id, int year, UUID schemeId, Scheme scheme, String actor, UUID supersedes) {
        jdbc.sql("""
                insert into evaluation.run (zone_id, id, year, scheme_id, scheme_name, scheme, created_by, supersedes)
                values (:zone, :id, :year, :schemeId, :name, cast(:scheme as jsonb), :actor, :supersedes)
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("year", year)
                .param("schemeId", schemeId)
                .param("name", scheme.name() == null ? "" : scheme.name())
                .param("scheme", json.writeValueAsString(scheme))
                .param("actor", actor)
                .param("supersedes", supersedes)
                .update();
    }

    /** The staff's decisions of the run, per enterprise. */
    Map<UUID, Actions> actions(UUID zoneId, UUID runId) {
        Map<UUID, String> vetoes = new HashMap<>();
        Map<UUID, Integer> steps = new HashMap<>();
        Map<UUID, Set<String>> items = new HashMap<>();
        jdbc.sql("""
                select enterprise_id, kind, code, steps from evaluation.decision
                where zone_id = :zone and run_id = :run order by decided_at
                """).param("zone", zoneId).param("run", runId).query(rs -> {
            UUID enterprise = rs.getObject("enterprise_id", UUID.class);
            switch (rs.getString("kind")) {
                case "VETO" -> vetoes.put(enterprise, rs.getString("code"));
                case "ADJUST" -> steps.merge(enterprise, rs.getInt("steps"), Integer::sum);
                default ->
                    items.computeIfAbsent(enterprise, k -> new HashSet<>()).add(rs.getString("code"));
            }
        });
        Set<UUID> enterprises = new HashSet<>(vetoes.keySet());
        enterprises.addAll(steps.keySet());
        enterprises.addAll(items.keySet());
        Map<UUID, Actions> actions = new HashMap<>();
        for (UUID enterprise : enterprises) {
            actions.put(
                    enterprise,
                    new Actions(
                            vetoes.get(enterprise),
                            Math.max(-1, Math.min(1, steps.getOrDefault(enterprise, 0))),
                            items.getOrDefault(enterprise, Set.of())));
        }
        return actions;
    }

    Optional<EvaluationRun> run(UUID zoneId, UUID runId) {
        return jdbc.sql(RUN_SELECT + " where r.zone_id = :zone and r.id = :id")
                .param("zone", zoneId)
                .param("id", runId)
                .query(this::run)
                .optional();
    }

    List<EvaluationRun> runs(UUID zoneId, Integer year) {
        return jdbc.sql(RUN_SELECT + " where r.zone_id = :zone and (cast(:year as integer) is null or r.year = :year)"
                        + " order by r.year desc, r.created_at desc")
                .param("zone", zoneId)
                .param("year", year)
                .query(this::run)
                .list();
    }

    /** Moves the run from one status to another; false when it was not in {@code from}. */
    boolean move(UUID zoneId, UUID runId, RunStatus from, RunStatus to, String actor, LocalDate objectionUntil) {
        String set = switch (to) {
            case PUBLISHED -> "published_by = :actor, published_at = now(), objection_until = :until";
            case FINAL -> "finalized_by = :actor, finalized_at = now()";
            default -> "note = coalesce(note, '')";
        };
        return jdbc.sql("update evaluation.run set status = :to, version = version + 1, " + set
                                + " where zone_id = :zone and id = :id and status = :from")
                        .param("zone", zoneId)
                        .param("id", runId)
                        .param("from", from.name())
                        .param("to", to.name())
                        .param("actor", actor)
                        .param("until", objectionUntil == null ? null : Date.valueOf(objectionUntil))
                        .update()
                == 1;
    }

    void deleteRun(UUID zoneId, UUID runId) {
        jdbc.sql("delete from evaluation.run where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", runId)
                .update();
    }

    List<EvaluationResult> results(UUID zoneId, UUID runId) {
        return jdbc.sql(RESULT_SELECT + " where zone_id = :zone and run_id = :run" + RESULT_ORDER)
                .param("zone", zoneId)
                .param("run", runId)
                .query(this::result)
                .list();
    }

    Optional<EvaluationResult> result(UUID zoneId, UUID runId, UUID enterpriseId) {
        return jdbc.sql(RESULT_SELECT + " where zone_id = :zone and run_id = :run and enterprise_id = :enterprise")
                .param("zone", zoneId)
                .param("run", runId)
                .param("enterprise", enterpriseId)
                .query(this::result)
                .optional();
    }

    Optional<EvaluationResult> result(UUID zoneId, UUID runId, String creditCode) {
        return jdbc.sql(RESULT_SELECT + " where zone_id = :zone and run_id = :run and credit_code = :code")
                .param("zone", zoneId)
                .param("run", runId)
                .param("code", creditCode)
                .query(this::result)
                .optional();
    }

    ResultPage results(UUID zoneId, UUID runId, ResultFilter filter, int page, int size) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%"
                        + filter.text()
                                .strip()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        Map<String, Object> params = new HashMap<>();
        params.put("zone", zoneId);
        params.put("run", runId);
        params.put("pool", filter.poolIndex());
        params.put("grade", filter.grade() == null ? null : filter.grade().name());
        params.put("text", text);
        long total = jdbc.sql("select count(*) from evaluation.result " + FILTER)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<EvaluationResult> content = jdbc.sql(
                        RESULT_SELECT + " " + FILTER + RESULT_ORDER + " limit :limit offset :offset")
                .params(params)
                .query(this::result)
                .list();
        return new ResultPage(content, page, size, total);
    }

    List<GradeCount> gradeCounts(UUID zoneId, UUID runId) {
        return jdbc.sql("""
                select pool_index, pool, grade, count(*) as results from evaluation.result
                where zone_id = :zone and run_id = :run
                group by pool_index, pool, grade order by pool_index, grade
                """)
                .param("zone", zoneId)
                .param("run", runId)
                .query((rs, row) -> new GradeCount(
                        rs.getInt("pool_index"),
                        rs.getString("pool"),
                        Grade.valueOf(rs.getString("grade")),
                        rs.getInt("results")))
                .list();
    }

    /** Streams the run's results; the caller holds a transaction so that the driver uses a cursor. */
    void forEachResult(UUID zoneId, UUID runId, Consumer<EvaluationResult> each) {
        streaming.query(
                RESULT_SELECT + " where zone_id = :zone and run_id = :run" + RESULT_ORDER,
                Map.of("zone", zoneId, "run", runId),
                rs -> each.accept(result(rs, rs.getRow())));
    }

    List<EvaluationResult> publishedResults(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql("""
                select res.*
                from evaluation.result res
                join evaluation.run r on r.zone_id = res.zone_id and r.id = res.run_id
                where res.zone_id = :zone and res.enterprise_id = :enterprise
                  and r.status in ('PUBLISHED', 'FINAL')
                order by r.year desc, r.created_at desc
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .query(this::result)
                .list();
    }

    /** The filter of {@link #results(UUID, UUID, ResultFilter, int, int)}; a null parameter does not filter. */
    private static final String FILTER = """
             where zone_id = :zone and run_id = :run
              and (cast(:pool as integer) is null or pool_index = :pool)
              and (cast(:grade as text) is null or grade = :grade)
              and (cast(:text as text) is null
                   or enterprise_name ilike :text escape '\\' or credit_code ilike :text escape '\\')""";

    List<EvaluationResult> history(UUID zoneId, UUID enterpriseId) {
        return jdbc.sql("""
                select distinct on (r.year) res.*
                from evaluation.result res
                join evaluation.run r on r.zone_id = res.zone_id and r.id = res.run_id
                where res.zone_id = :zone and res.enterprise_id = :enterprise
                  and r.status in ('PUBLISHED', 'FINAL')
                order by r.year desc, r.created_at desc
                """)
                .param("zone", zoneId)
                .param("enterprise", enterpriseId)
                .query(this::result)
                .list();
    }

    static final String RESULT_SELECT = "select * from evaluation.result";
    static final String RESULT_ORDER = " order by pool_index, rank nulls last, total desc nulls last, credit_code";

    EvaluationResult result(ResultSet rs, int row) throws SQLException {
        Integer rank = rs.getObject("rank", Integer.class);
        String[] items = (String[]) rs.getArray("items").getArray();
        return new EvaluationResult(
                rs.getObject("run_id", UUID.class),
                rs.getObject("enterprise_id", UUID.class),
                rs.getString("credit_code"),
                rs.getString("enterprise_name"),
                rs.getString("pool"),
                rs.getInt("pool_index"),
                Grade.valueOf(rs.getString("computed_grade")),
                Grade.valueOf(rs.getString("grade")),
                rs.getBigDecimal("total"),
                rank,
                rs.getInt("graded"),
                rs.getString("exempt_reason"),
                rs.getBigDecimal("bonus"),
                rs.getBigDecimal("penalty"),
                Arrays.asList(items),
                json.readValue(rs.getString("breakdown"), BREAKDOWN));
    }

    private static final String RUN_SELECT = """
            select r.*, (select count(*) from evaluation.result x where x.zone_id = r.zone_id and x.run_id = r.id)
                   as covered
            from evaluation.run r""";

    private EvaluationRun run(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("objection_until");
        return new EvaluationRun(
                rs.getObject("id", UUID.class),
                rs.getInt("year"),
                rs.getObject("scheme_id", UUID.class),
                rs.getString("scheme_name"),
                json.readValue(rs.getString("scheme"), Scheme.class),
                RunStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                rs.getString("published_by"),
                instant(rs, "published_at"),
                until == null ? null : until.toLocalDate(),
                rs.getString("finalized_by"),
                instant(rs, "finalized_at"),
                rs.getObject("supersedes", UUID.class),
                rs.getObject("superseded_by", UUID.class),
                rs.getInt("covered"),
                rs.getInt("version"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
