package com.parkops.bench;

import com.parkops.ParkOpsApplication;
import com.parkops.indicators.Basis;
import com.parkops.indicators.GroupBy;
import com.parkops.indicators.ImportResult;
import com.parkops.indicators.IndicatorAnalysis;
import com.parkops.indicators.IndicatorImport;
import com.parkops.indicators.SummaryQuery;
import com.parkops.zone.Zones;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Province-sized import benchmark (not a unit test; see bench/README.md): generates
 * {@code enterprises × 12} year-to-date rows on disk, registers the enterprises, imports the file
 * through {@link IndicatorImport} and reports rows/s and peak heap, next to a plain PostgreSQL COPY
 * of the same file into an unindexed table.
 *
 * <p>System properties: {@code bench.enterprises} (100000), {@code bench.dir} (target/bench),
 * {@code bench.dbUrl}/{@code bench.dbUser} to use an external PostgreSQL instead of the embedded one.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 100_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("indicators_ytd_" + enterprises + ".csv");
        long started = System.nanoTime();
        long bytes = BenchFile.writeYtd(file, enterprises, 2024, 12);
        long rows = (long) enterprises * 12;
        log("generated %,d rows (%,d MB) in %.1f s", rows, bytes >> 20, seconds(started));

        try (ConfigurableApplicationContext context = start(dir)) {
            DataSource dataSource = context.getBean(DataSource.class);
            UUID zone = context.getBean(Zones.class)
                    .create("bench-" + UUID.randomUUID().toString().substring(0, 6), "基准测试园区", "bench")
                    .id();
            started = System.nanoTime();
            BenchRegistry.register(dataSource, zone, enterprises);
            log("registered %,d enterprises in %.1f s", enterprises, seconds(started));

            IndicatorImport imports = context.getBean(IndicatorImport.class);
            ImportResult result;
            double importSeconds;
            try (HeapWatch heap = new HeapWatch();
                    InputStream in = Files.newInputStream(file)) {
                started = System.nanoTime();
                result = imports.importFile(
                        zone, "bench", Basis.YTD, file.getFileName().toString(), in);
                importSeconds = seconds(started);
                report(dir, enterprises, bytes, result, importSeconds, heap, copyBaseline(dataSource, file));
            }
            analysis(context.getBean(IndicatorAnalysis.class), zone, dir);
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        // command-line arguments, so they win over application.yml
        List<String> args = new ArrayList<>(List.of(
                "--parkops.db.data-dir=" + dir.resolve("db").toAbsolutePath(),
                "--parkops.db.clean-data-dir=true",
                "--server.port=0",
                "--parkops.sign-in.admin-password=bench-admin-password",
                "--logging.level.root=warn",
                "--logging.level.com.parkops.indicators=info"));
        String url = System.getProperty("bench.dbUrl");
        if (url != null && !url.isBlank()) {
            args.add("--parkops.db.url=" + url);
            args.add("--parkops.db.user=" + System.getProperty("bench.dbUser", "postgres"));
        }
        return new SpringApplicationBuilder(ParkOpsApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    /** Seconds for COPY of the same file into a plain, unindexed table (the floor for any import). */
    private static double copyBaseline(DataSource dataSource, Path file) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table bench_copy (credit_code text, period text, "
                        + String.join(" numeric, ", BenchFile.INDICATORS) + " numeric)");
            }
            long started = System.nanoTime();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy bench_copy from stdin with (format csv, header true)", reader);
            }
            return seconds(started);
        }
    }

    private static void report(
            Path dir,
            int enterprises,
            long bytes,
            ImportResult result,
            double importSeconds,
            HeapWatch heap,
            double copySeconds)
            throws Exception {
        Runtime runtime = Runtime.getRuntime();
        String text = String.format(
                Locale.ROOT,
                """
                enterprises            %,d
                rows imported          %,d (%,d figures, %,d MB file)
                quality warnings       %,d
                import                 %.1f s = %,.0f rows/s (%,.0f figures/s)
                plain COPY, same file  %.1f s = %,.0f rows/s
                import / COPY          %.1fx
                max heap (-Xmx)        %,d MB
                peak heap used         %,d MB (sampled every 20 ms, garbage included)
                peak heap after GC     %,d MB (live set; %,d MB before the import, application included)
                """,
                enterprises,
                result.rows(),
                result.values(),
                bytes >> 20,
                result.warningCount(),
                importSeconds,
                result.rows() / importSeconds,
                result.values() / importSeconds,
                copySeconds,
                result.rows() / copySeconds,
                importSeconds / copySeconds,
                runtime.maxMemory() >> 20,
                heap.peakUsed() >> 20,
                heap.peakAfterGc() >> 20,
                heap.baseline() >> 20);
        System.out.println(text);
        Files.writeString(dir.resolve("results.txt"), text);
    }

    /** How long the set-based analysis takes over the imported province. */
    private static void analysis(IndicatorAnalysis analysis, UUID zone, Path dir) throws Exception {
        StringBuilder text = new StringBuilder();
        for (GroupBy groupBy : List.of(GroupBy.ZONE, GroupBy.CHAIN, GroupBy.ENTERPRISE)) {
            long started = System.nanoTime();
            int rows = analysis.summary(
                            zone,
                            new SummaryQuery(2024, 12, groupBy, List.of("output", "profit", "tax", "employees"), null))
                    .rows()
                    .size();
            text.append(String.format(
                    Locale.ROOT, "summary groupBy=%-10s %.1f s (%,d rows)%n", groupBy.key(), seconds(started), rows));
        }
        long started = System.nanoTime();
        analysis.zoneMetrics(zone, 2024);
        text.append(String.format(Locale.ROOT, "zone-metrics           %.1f s%n", seconds(started)));
        System.out.print(text);
        Files.writeString(dir.resolve("results.txt"), text, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
