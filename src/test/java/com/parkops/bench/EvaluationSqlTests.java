package com.parkops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Scheme;
import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorImport;
import com.parkops.shared.db.StreamingJdbc;
import com.parkops.support.IntegrationTest;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps the benchmark's hand-written SQL ({@code bench/evaluation-scores.sql}) honest: on the
 * sample zone it gives every grade, rank and score of {@code expected.json} and exactly the
 * engine's results; on a small generated zone (T class, no land, under 3 mu, zero and missing
 * figures, a zone-average benchmark) it still agrees with the engine enterprise by enterprise.
 * Not timed.
 */
@IntegrationTest
class EvaluationSqlTests {

    @Autowired
    TestZones testZones;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorImport imports;

    @Autowired
    EvaluationRuns runs;

    @Autowired
    StreamingJdbc streaming;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectMapper json;

    @Test
    void shouldGiveTheSampleZoneExactlyWhatTheEngineAndExpectedJsonGive() throws Exception {
        var zone = testZones.create();
        SampleZone.register(jdbc, zone);
        imports.importFile(
                zone.id(),
                "test",
                Basis.YTD,
                "indicators_ytd.csv",
                new ByteArrayInputStream(SampleZone.bytes("indicators_ytd.csv")));

        Map<String, EvaluationSql.Row> sql = sql(zone.id(), 2021);

        JsonNode expected = SampleZone.expected().get("evaluation").get("results");
        assertThat(sql.keySet()).containsExactlyInAnyOrderElementsOf(expected.propertyNames());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
            var entry = it.next();
            JsonNode want = entry.getValue();
            EvaluationSql.Row got = sql.get(entry.getKey());
            assertThat(got.pool()).as(entry.getKey()).isEqualTo(want.get("pool").asString());
            assertThat(got.grade())
                    .as(entry.getKey())
                    .isEqualTo(want.get("grade").asString());
            assertThat(got.rank())
                    .as(entry.getKey())
                    .isEqualTo(
                            want.get("rank").isNull() ? null : want.get("rank").asInt());
            assertThat(EvaluationSql.shown(got.total()))
                    .as(entry.getKey())
                    .isEqualByComparingTo(new BigDecimal(want.get("score").asString()));
        }
        assertThat(EvaluationSql.mismatches(engine(zone.id(), 2021), sql)).isEmpty();
    }

    @Test
    void shouldAgreeWithTheEngineOnEveryEdgeOfAGeneratedZone() throws Exception {
        var zone = testZones.create();
        EvaluationBenchData.Loaded loaded =
                EvaluationBenchData.load(dataSource, zone.id(), 600, EvaluationBenchmark.YEAR, 7);
        assertThat(loaded.noLand()).isPositive();
        assertThat(loaded.underThreeMu()).isPositive();
        assertThat(loaded.exempt()).isPositive();
        assertThat(loaded.withoutFigures()).isPositive();

        Map<String, EvaluationSql.Row> sql = sql(zone.id(), EvaluationBenchmark.YEAR);
        Map<String, EvaluationSql.Row> engine = engine(zone.id(), EvaluationBenchmark.YEAR);

        assertThat(EvaluationSql.mismatches(engine, sql)).isEmpty();
        assertThat(sql.values()).anyMatch(r -> "T".equals(r.grade()) && "无用地".equals(r.exemptReason()));
        assertThat(sql.values()).anyMatch(r -> "T".equals(r.grade()) && r.total() != null);
        assertThat(sql.values().stream().map(EvaluationSql.Row::grade)).contains("A", "B", "C", "D");
        assertThat(sql.values())
                .anyMatch(r -> r.scores().containsKey("valueAddedPerEnergy")
                        && r.scores().get("valueAddedPerEnergy").signum() == 0
                        && r.exemptReason() == null);
        assertThat(sql.values())
                .anyMatch(r -> r.scores().containsKey("taxPerMu")
                        && r.scores().get("taxPerMu").compareTo(BigDecimal.valueOf(80)) == 0);
        assertThat(sql.values()).anyMatch(r -> "规下".equals(r.pool()));
    }

    /**
     * Two 规下 enterprises whose totals are both exactly 26.825: X = 0.74/3 × 70/8 + 0.74/0.45 ×
     * 30/2 = 259/120 + 2960/120, Y = 2.32/4 × 70/8 + 2.32/1.6 × 30/2 = 5.075 + 21.75. Equal totals
     * share the better rank, so both are rank 1 of 2 (50 % → B with 25/45/25/5), and 26.825
     * shows as 26.83.
     */
    @Test
    void shouldShareTheRankOfExactlyEqualTotalsAndRoundTheirHalfCentUp() {
        var zone = testZones.create();
        exactlyEqualTotals(zone.id());

        Map<String, EvaluationSql.Row> sql = sql(zone.id(), EvaluationBenchmark.YEAR);

        assertThat(sql.values()).hasSize(2).allSatisfy(row -> {
            assertThat(row.rank()).isEqualTo(1);
            assertThat(row.grade()).isEqualTo("B");
            assertThat(EvaluationSql.shown(row.total())).isEqualByComparingTo("26.83");
        });
    }

    /**
     * The engine on the same two enterprises. Fails today: it ranks on the unrounded total and
     * X's comes out as 26.82499999999999999999999999994 (30-digit divisions), so X gets rank 2 of
     * 2 — grade D instead of B — and shows 26.82. {@code Scoring.TOTAL_SCALE} (10 decimals) is
     * declared for exactly this but never applied. Enable once the engine keeps totals at 10
     * decimals.
     */
    @Test
    void shouldGiveTheEngineTheSameRanksAndHalfCentsAsTheQueryOnExactlyEqualTotals() throws Exception {
        var zone = testZones.create();
        exactlyEqualTotals(zone.id());

        Map<String, EvaluationSql.Row> sql = sql(zone.id(), EvaluationBenchmark.YEAR);

        assertThat(EvaluationSql.mismatches(engine(zone.id(), EvaluationBenchmark.YEAR), sql))
                .isEmpty();
    }

    /** Registers X (3 mu, tax 0.74, electricity 0.45) and Y (4 mu, tax 2.32, electricity 1.60), both 规下. */
    private void exactlyEqualTotals(UUID zone) {
        UUID batch = UUID.randomUUID();
        jdbc.sql("""
                insert into indicators.batch (zone_id, id, source, basis, actor)
                values (:zone, :batch, 'IMPORT', 'YTD', 'test')""").param("zone", zone).param("batch", batch).update();
        Object[][] enterprises = {
            {BenchFile.creditCode(1), "2000", "0.74", "0.45"}, {BenchFile.creditCode(2), "2666.67", "2.32", "1.60"}
        };
        for (Object[] e : enterprises) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into registry.enterprise (zone_id, id, credit_code, name, scale)
                    values (:zone, :id, :code, :code, 'BELOW')""")
                    .param("zone", zone)
                    .param("id", id)
                    .param("code", e[0])
                    .update();
            jdbc.sql("""
                    insert into registry.land_parcel (zone_id, id, enterprise_id, area_m2)
                    values (:zone, :parcel, :id, :area)""")
                    .param("zone", zone)
                    .param("parcel", UUID.randomUUID())
                    .param("id", id)
                    .param("area", new BigDecimal((String) e[1]))
                    .update();
            for (String[] figure : new String[][] {{"tax", (String) e[2]}, {"electricity", (String) e[3]}}) {
                jdbc.sql("""
                        insert into indicators.value (zone_id, indicator, enterprise_id, period, basis, reported,
                            month_value, ytd_value, batch_id)
                        values (:zone, :indicator, :id, :period, 'YTD', :value, :value, :value, :batch)""")
                        .param("zone", zone)
                        .param("indicator", figure[0])
                        .param("id", id)
                        .param("period", java.sql.Date.valueOf(EvaluationBenchmark.YEAR + "-12-01"))
                        .param("value", new BigDecimal(figure[1]))
                        .param("batch", batch)
                        .update();
            }
        }
    }

    private Map<String, EvaluationSql.Row> sql(UUID zone, int year) {
        return EvaluationSql.run(streaming, transactions, EvaluationSql.query(), zone, year);
    }

    private Map<String, EvaluationSql.Row> engine(UUID zone, int year) throws Exception {
        Scheme scheme = EvaluationBenchmark.sampleScheme(json);
        EvaluationRun run = runs.create(zone, "test", year, scheme, null);
        return EvaluationSql.engine(runs.results(zone, run.id()));
    }
}
