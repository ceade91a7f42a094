package com.parkops.bench;

import com.parkops.evaluation.EvaluationResult;
import com.parkops.evaluation.IndicatorScore;
import com.parkops.shared.db.StreamingJdbc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sample scheme as one hand-written SQL query ({@code src/test/resources/bench/evaluation-scores.sql}),
 * and the comparison of its rows with the engine's results: same enterprises, pools, exempt
 * reasons, ranks and grades, and totals and indicator scores equal at 2 decimals (half-up, as shown).
 */
final class EvaluationSql {

    static final String RESOURCE = "/bench/evaluation-scores.sql";

    /** One enterprise's result, from either side; {@code scores} maps indicator code → score. */
    record Row(
            String creditCode,
            String pool,
            String grade,
            Integer rank,
            BigDecimal total,
            String exemptReason,
            Map<String, BigDecimal> scores) {}

    private EvaluationSql() {}

    static String query() {
        try (InputStream in = EvaluationSql.class.getResourceAsStream(RESOURCE)) {
            return new String(Objects.requireNonNull(in, RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the query (streamed, in a read-only transaction) and keeps its rows by credit code. */
    static Map<String, Row> run(
            StreamingJdbc streaming, PlatformTransactionManager transactions, String sql, UUID zone, int year) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Map<String, Row> rows = new LinkedHashMap<>();
        readOnly.executeWithoutResult(status -> streaming.query(sql, Map.of("zone", zone, "year", year), rs -> {
            String[] codes = (String[]) rs.getArray("codes").getArray();
            BigDecimal[] scores = (BigDecimal[]) rs.getArray("scores").getArray();
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            for (int i = 0; i < codes.length; i++) {
                byCode.put(codes[i], scores[i]);
            }
            String creditCode = rs.getString("credit_code");
            rows.put(
                    creditCode,
                    new Row(
                            creditCode,
                            rs.getString("pool"),
                            rs.getString("grade"),
                            rs.getObject("rank", Integer.class),
                            rs.getBigDecimal("total"),
                            rs.getString("exempt_reason"),
                            byCode));
        }));
        return rows;
    }

    /** The engine's results as rows: the grade its rank gives (no decisions in these runs). */
    static Map<String, Row> engine(List<EvaluationResult> results) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (EvaluationResult result : results) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            for (IndicatorScore score : result.indicators()) {
                scores.put(score.code(), score.score());
            }
            rows.put(
                    result.creditCode(),
                    new Row(
                            result.creditCode(),
                            result.pool(),
                            result.computedGrade().name(),
                            result.rank(),
                            result.score(),
                            result.exemptReason(),
                            scores));
        }
        return rows;
    }

    /** Every difference between the engine's rows and the query's, one line each; empty = same. */
    static List<String> mismatches(Map<String, Row> engine, Map<String, Row> sql) {
        List<String> found = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>(engine.keySet());
        codes.addAll(sql.keySet());
        for (String code : codes) {
            Row e = engine.get(code);
            Row s = sql.get(code);
            if (e == null || s == null) {
                found.add(code + ": only in " + (e == null ? "SQL" : "engine"));
                continue;
            }
            differ(found, code, "pool", e.pool(), s.pool());
            differ(found, code, "grade", e.grade(), s.grade());
            differ(found, code, "rank", e.rank(), s.rank());
            differ(found, code, "exemptReason", e.exemptReason(), s.exemptReason());
            differ(found, code, "total", shown(e.total()), shown(s.total()));
            differ(found, code, "indicators", e.scores().keySet(), s.scores().keySet());
            for (Map.Entry<String, BigDecimal> score : e.scores().entrySet()) {
                differ(
                        found,
                        code,
                        score.getKey(),
                        shown(score.getValue()),
                        shown(s.scores().get(score.getKey())));
            }
        }
        return found;
    }

    /** The value as shown: half-up to 2 decimals. */
    static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static void differ(List<String> found, String code, String what, Object engine, Object sql) {
        if (!Objects.equals(engine, sql)) {
            found.add(code + ": " + what + " engine=" + engine + " sql=" + sql);
        }
    }
}
