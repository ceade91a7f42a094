package com.parkops.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.parkops.ParkOpsApplication;
import com.parkops.evaluation.EvaluationRun;
import com.parkops.evaluation.EvaluationRuns;
import com.parkops.evaluation.Scheme;
import com.parkops.shared.db.StreamingJdbc;
import com.parkops.zone.Zones;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Evaluation benchmark (not a unit test; see bench/README.md): one zone with {@code enterprises}
 * enterprises and a year of full-year figures loaded with COPY, then
 *
 * <ol>
 *   <li>the product path {@link EvaluationRuns#create} with the sample zone's scheme — read the
 *       facts, score, store every result — timed over {@code repetitions} runs, with its peak heap
 *       and the split read / score / store taken from the run's own debug timing log;
 *   <li>the same scheme as one hand-written SQL query ({@code bench/evaluation-scores.sql}), timed
 *       the same way on the same database, its rows fetched to the client;
 *   <li>every enterprise of the last run compared with the query: pool, exempt reason, rank,
 *       grade, total and indicator scores at 2 decimals. Any mismatch is printed.
 * </ol>
 *
 * <p>System properties: {@code bench.enterprises} (100000), {@code bench.repetitions} (3), {@code
 * bench.dir} (target/bench), {@code bench.explain} (false; prints the query's plan with EXPLAIN
 * ANALYZE), {@code bench.dbUrl}/{@code bench.dbUser} to use an external PostgreSQL instead of the
 * embedded one.
 */
public final class EvaluationBenchmark {

    static final int YEAR = 2024;
    private static final String RUNS_LOGGER = "com.parkops.evaluation.domain.JdbcEvaluationRuns";

    private EvaluationBenchmark() {}

    /**
     * One timed run: wall-clock seconds, CPU seconds of the JVM and the server, the machine's
     * 1-minute load average right after it, and for the product path the split and peak heap.
     */
    record Timed(
            double seconds,
            EvaluationCpu.Sample cpu,
            double load,
            long readMs,
            long scoreMs,
            long storeMs,
            long peakHeap,
            long peakAfterGc) {

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%.2f s (CPU %.1f s Java + %.1f s PostgreSQL, load %.1f)",
                    seconds,
                    cpu.java(),
                    cpu.postgres(),
                    load);
        }
    }

    public static void main(String[] args) throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 100_000);
        int repetitions = Integer.getInteger("bench.repetitions", 3);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);

        try (ConfigurableApplicationContext context = start(dir)) {
            // after the start: Spring Boot resets the logging configuration while starting
            ListAppender<ILoggingEvent> timings = listen();
            DataSource dataSource = context.getBean(DataSource.class);
            UUID zone = context.getBean(Zones.class)
                    .create("eval-" + UUID.randomUUID().toString().substring(0, 6), "评价基准园区", "bench")
                    .id();
            long started = System.nanoTime();
            EvaluationBenchData.Loaded loaded = EvaluationBenchData.load(dataSource, zone, enterprises, YEAR, 42);
            log(
                    "loaded %,d enterprises (%,d 规上, %,d without land, %,d under 3 mu, %,d exempt, %,d without figures),"
                            + " %,d figures with COPY in %.1f s",
                    loaded.enterprises(),
                    loaded.above(),
                    loaded.noLand(),
                    loaded.underThreeMu(),
                    loaded.exempt(),
                    loaded.withoutFigures(),
                    loaded.values(),
                    seconds(started));

            Scheme scheme = sampleScheme(context.getBean(ObjectMapper.class));
            EvaluationRuns runs = context.getBean(EvaluationRuns.class);
            EvaluationCpu cpu = EvaluationCpu.of(context.getBean(JdbcClient.class));
            List<Timed> product = new ArrayList<>();
            EvaluationRun last = null;
            for (int rep = 1; rep <= repetitions; rep++) {
                if (last != null) {
                    runs.deleteDraft(zone, "bench", last.id());
                }
                timings.list.clear();
                try (HeapWatch heap = new HeapWatch()) {
                    EvaluationCpu.Sample before = cpu.now();
                    started = System.nanoTime();
                    last = runs.create(zone, "bench", YEAR, scheme, null);
                    double took = seconds(started);
                    EvaluationCpu.Sample used = cpu.now().since(before);
                    long[] split = split(timings.list);
                    product.add(new Timed(
                            took,
                            used,
                            loadAverage(),
                            split[0],
                            split[1],
                            split[2],
                            heap.peakUsed(),
                            heap.peakAfterGc()));
                }
                log("product run %d: %s, %,d results", rep, product.get(rep - 1), last.covered());
            }

            StreamingJdbc streaming = context.getBean(StreamingJdbc.class);
            PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
            String sql = EvaluationSql.query();
            List<Timed> query = new ArrayList<>();
            Map<String, EvaluationSql.Row> sqlRows = Map.of();
            for (int rep = 1; rep <= repetitions; rep++) {
                sqlRows = null;
                EvaluationCpu.Sample before = cpu.now();
                started = System.nanoTime();
                sqlRows = EvaluationSql.run(streaming, transactions, sql, zone, YEAR);
                double took = seconds(started);
                query.add(new Timed(took, cpu.now().since(before), loadAverage(), -1, -1, -1, 0, 0));
                log("SQL run %d: %s, %,d rows", rep, query.get(rep - 1), sqlRows.size());
            }

            if (Boolean.getBoolean("bench.explain")) {
                context.getBean(JdbcClient.class)
                        .sql("explain (analyze, buffers) " + sql)
                        .param("zone", zone)
                        .param("year", YEAR)
                        .query(String.class)
                        .list()
                        .forEach(System.out::println);
            }

            Map<String, EvaluationSql.Row> engineRows = EvaluationSql.engine(runs.results(zone, last.id()));
            List<String> mismatches = EvaluationSql.mismatches(engineRows, sqlRows);
            mismatches.stream().limit(30).forEach(m -> log("MISMATCH %s", m));
            explainMismatches(context.getBean(JdbcClient.class), zone, last, mismatches, sqlRows);
            report(dir, loaded, last, product, query, engineRows, mismatches);
        }
    }

    /** For the first few enterprises that differ: the engine's unrounded result and inputs, and the query's total. */
    private static void explainMismatches(
            JdbcClient jdbc,
            UUID zone,
            EvaluationRun run,
            List<String> mismatches,
            Map<String, EvaluationSql.Row> sqlRows) {
        List<String> codes = new ArrayList<>();
        mismatches.stream()
                .map(m -> m.substring(0, m.indexOf(':')))
                .distinct()
                .limit(5)
                .forEach(code -> {
                    codes.add(code);
                    // the enterprises the query ranks equal with it: its tie partners
                    EvaluationSql.Row row = sqlRows.get(code);
                    if (row != null && row.rank() != null) {
                        sqlRows.values().stream()
                                .filter(r -> r.pool().equals(row.pool())
                                        && row.rank().equals(r.rank())
                                        && !r.creditCode().equals(code))
                                .limit(3)
                                .forEach(r -> codes.add(r.creditCode()));
                    }
                });
        if (codes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select credit_code, total, facts::text as facts, breakdown::text as breakdown
                        from evaluation.result where zone_id = :zone and run_id = :run and credit_code in (:codes)
                        """)
                .param("zone", zone)
                .param("run", run.id())
                .param("codes", codes)
                .query((rs, row) -> {
                    String code = rs.getString("credit_code").strip();
                    EvaluationSql.Row sql = sqlRows.get(code);
                    log(
                            "%s (SQL rank %s) engine total %s, SQL total %s%n  facts %s%n  breakdown %s",
                            code,
                            sql == null ? null : sql.rank(),
                            rs.getBigDecimal("total").toPlainString(),
                            sql == null || sql.total() == null
                                    ? null
                                    : sql.total().toPlainString(),
                            rs.getString("facts"),
                            rs.getString("breakdown"));
                    return code;
                })
                .list();
    }

    private static ConfigurableApplicationContext start(Path dir) {
        // command-line arguments, so they win over application.yml
        List<String> args = new ArrayList<>(List.of(
                "--parkops.db.data-dir=" + dir.resolve("db").toAbsolutePath(),
                "--parkops.db.clean-data-dir=true",
                "--server.port=0",
                "--parkops.sign-in.admin-password=bench-admin-password",
                "--logging.level.root=warn",
                "--logging.level." + RUNS_LOGGER + "=debug"));
        String url = System.getProperty("bench.dbUrl");
        if (url != null && !url.isBlank()) {
            args.add("--parkops.db.url=" + url);
            args.add("--parkops.db.user=" + System.getProperty("bench.dbUser", "postgres"));
        }
        return new SpringApplicationBuilder(ParkOpsApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    /** The sample zone's scheme, as the API would take it. */
    static Scheme sampleScheme(ObjectMapper json) throws Exception {
        try (InputStream in = EvaluationBenchmark.class.getResourceAsStream("/fixtures/sample-zone/expected.json")) {
            return json.treeToValue(json.readTree(in).get("evaluation").get("scheme"), Scheme.class);
        }
    }

    /** Collects the run's debug timing lines (read facts / scored / stored). */
    private static ListAppender<ILoggingEvent> listen() {
        Logger logger = (Logger) LoggerFactory.getLogger(RUNS_LOGGER);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        return appender;
    }

    /** read, score and store milliseconds from the timing lines of one run; -1 when not logged. */
    private static long[] split(List<ILoggingEvent> events) {
        long[] split = {-1, -1, -1};
        for (ILoggingEvent event : List.copyOf(events)) {
            Object[] args = event.getArgumentArray();
            if (event.getMessage().contains("read facts") && args.length == 4) {
                split[0] = ((Number) args[2]).longValue();
                split[1] = ((Number) args[3]).longValue();
            } else if (event.getMessage().contains("stored") && args.length == 3) {
                split[2] = ((Number) args[2]).longValue();
            }
        }
        return split;
    }

    private static void report(
            Path dir,
            EvaluationBenchData.Loaded loaded,
            EvaluationRun run,
            List<Timed> product,
            List<Timed> query,
            Map<String, EvaluationSql.Row> engineRows,
            List<String> mismatches)
            throws Exception {
        Map<String, Long> grades = engineRows.values().stream()
                .collect(Collectors.groupingBy(r -> r.pool() + " " + r.grade(), TreeMap::new, Collectors.counting()));
        List<Double> productSeconds = product.stream().map(Timed::seconds).toList();
        List<Double> querySeconds = query.stream().map(Timed::seconds).toList();
        List<Double> productCpu = product.stream().map(t -> t.cpu().total()).toList();
        List<Double> queryCpu = query.stream().map(t -> t.cpu().total()).toList();
        List<Double> loads = new ArrayList<>();
        product.forEach(t -> loads.add(t.load()));
        query.forEach(t -> loads.add(t.load()));
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                """
                enterprises            %,d (%,d covered by the scheme, year %d)
                results                %s
                product path           wall min %.1f s, median %.1f s; CPU min %.1f s, median %.1f s
                  (EvaluationRuns.create: read facts, score, store every result)
                %s  read facts           %s ms (wall)
                  score                %s ms
                  store results        %s ms
                hand-written SQL       wall min %.1f s, median %.1f s; CPU min %.1f s, median %.1f s
                  (one query, every row fetched to the client; stores nothing)
                %sproduct / SQL          %.1fx wall (min), %.1fx CPU (min)
                max heap (-Xmx)        %,d MB
                peak heap used         %,d MB (product path; sampled every 20 ms, garbage included)
                peak heap after GC     %,d MB (live set, application included)
                load average (1 min)   %.1f to %.1f right after the runs (2 cores)
                mismatches             %,d %s
                """,
                loaded.enterprises(),
                run.covered(),
                YEAR,
                grades,
                min(productSeconds),
                median(productSeconds),
                min(productCpu),
                median(productCpu),
                runs(product),
                product.stream().map(t -> String.valueOf(t.readMs())).collect(Collectors.joining(" / ")),
                product.stream().map(t -> String.valueOf(t.scoreMs())).collect(Collectors.joining(" / ")),
                product.stream().map(t -> String.valueOf(t.storeMs())).collect(Collectors.joining(" / ")),
                min(querySeconds),
                median(querySeconds),
                min(queryCpu),
                median(queryCpu),
                runs(query),
                min(productSeconds) / min(querySeconds),
                min(productCpu) / min(queryCpu),
                Runtime.getRuntime().maxMemory() >> 20,
                product.stream().mapToLong(Timed::peakHeap).max().orElse(0) >> 20,
                product.stream().mapToLong(Timed::peakAfterGc).max().orElse(0) >> 20,
                min(loads),
                loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                mismatches.size(),
                mismatches.stream()
                        .map(m -> m.substring(m.indexOf(": ") + 2, m.indexOf(' ', m.indexOf(": ") + 2)))
                        .collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()))));
        mismatches.stream().limit(30).forEach(m -> text.append("  ").append(m).append('\n'));
        System.out.print(text);
        Files.writeString(dir.resolve("evaluation-results-" + loaded.enterprises() + ".txt"), text);
    }

    private static String runs(List<Timed> runs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            text.append("    run ")
                    .append(i + 1)
                    .append(": ")
                    .append(runs.get(i))
                    .append('\n');
        }
        return text.toString();
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The 1-minute load average of the machine, NaN where /proc/loadavg is missing. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
