package com.parkops.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * A zone's enterprises and one year of their full-year figures, written straight into the
 * registry and {@code indicators.value} with COPY (no import pipeline): about 60 % 规上 and 40 %
 * 规下, land 0–200 mu (2 % without land, 6 % under 3 mu), 3 % with an exempt reason, 1 % without
 * any figure; per enterprise one December row per indicator whose year-to-date value is the
 * full-year figure, which is what {@code indicators.full_year} reads. Spreads are wide enough to
 * hit caps and floors, and some figures are 0 (tax, energy, COD, electricity) or missing (R&D).
 */
final class EvaluationBenchData {

    /** The figures the sample zone's scheme reads. */
    static final String[] INDICATORS = {
        "tax", "revenue", "valueAdded", "energy", "cod", "rdExpense", "employees", "electricity"
    };

    private static final String[] EXEMPT = {"公用事业", "新建投产不满3年", "政策性搬迁"};
    private static final int FLUSH = 1 << 16;

    /** Counts of what was written. */
    record Loaded(
            int enterprises, int above, int noLand, int underThreeMu, int exempt, int withoutFigures, long values) {}

    private EvaluationBenchData() {}

    /** One generated enterprise; {@code figures} in the order of {@link #INDICATORS}, null = missing. */
    private record Generated(
            UUID id,
            int index,
            boolean above,
            double mu,
            String industry,
            LocalDate registeredOn,
            String exemptReason,
            BigDecimal[] figures) {}

    static Loaded load(DataSource dataSource, UUID zone, int enterprises, int year, long seed) throws Exception {
        Random random = new Random(seed);
        List<Generated> generated = new ArrayList<>(enterprises);
        int above = 0;
        int noLand = 0;
        int underThree = 0;
        int exempt = 0;
        int withoutFigures = 0;
        long values = 0;
        for (int e = 0; e < enterprises; e++) {
            boolean isAbove = random.nextDouble() < 0.6;
            above += isAbove ? 1 : 0;
            // 万元: 规上 2,000–60,000, 规下 50–2,000 (log-uniform)
            double revenue = isAbove ? logUniform(random, 2_000, 60_000) : logUniform(random, 50, 2_000);
            double landRoll = random.nextDouble();
            double mu;
            if (landRoll < 0.02) {
                mu = 0;
                noLand++;
            } else if (landRoll < 0.08) {
                mu = 0.3 + random.nextDouble() * 2.6;
                underThree++;
            } else {
                double intensity = (isAbove ? 300 : 60) * Math.exp(random.nextGaussian() * 0.7);
                mu = Math.max(3, Math.min(200, revenue / intensity));
            }
            String reason = null;
            if (random.nextDouble() < 0.03) {
                reason = EXEMPT[random.nextInt(EXEMPT.length)];
                exempt++;
            }
            String industry = "C" + (13 + random.nextInt(31)) + (10 + random.nextInt(90));
            LocalDate registered =
                    LocalDate.of(1995 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28));
            BigDecimal[] figures = null;
            if (random.nextDouble() < 0.01) {
                withoutFigures++;
            } else {
                double tax = random.nextDouble() < 0.03 ? 0 : revenue * (0.005 + random.nextDouble() * 0.075);
                double valueAdded = revenue * (0.12 + random.nextDouble() * 0.23);
                double energy =
                        random.nextDouble() < 0.05 ? 0 : valueAdded / (3 * Math.exp(random.nextGaussian() * 0.8));
                double cod =
                        random.nextDouble() < 0.03 ? 0 : valueAdded / (500 * Math.exp(random.nextGaussian() * 0.9));
                Double rd = random.nextDouble() < 0.10 ? null : revenue * random.nextDouble() * 0.06;
                double employees = Math.max(5, revenue / (40 + random.nextDouble() * 210));
                double electricity = random.nextDouble() < 0.03
                        ? 0
                        : tax > 0 ? tax / (2 * Math.exp(random.nextGaussian() * 0.7)) : revenue * 0.02;
                figures = new BigDecimal[] {
                    money(tax),
                    money(revenue),
                    money(valueAdded),
                    money(energy),
                    BigDecimal.valueOf(cod).setScale(4, RoundingMode.HALF_UP),
                    rd == null ? null : money(rd),
                    money(employees),
                    money(electricity)
                };
                for (BigDecimal figure : figures) {
                    values += figure == null ? 0 : 1;
                }
            }
            generated.add(new Generated(UUID.randomUUID(), e, isAbove, mu, industry, registered, reason, figures));
        }
        write(dataSource, zone, year, generated, values);
        return new Loaded(enterprises, above, noLand, underThree, exempt, withoutFigures, values);
    }

    /** One transaction: the batch row, then a COPY per table (a connection runs one COPY at a time). */
    private static void write(DataSource dataSource, UUID zone, int year, List<Generated> generated, long values)
            throws Exception {
        UUID batch = UUID.randomUUID();
        String period = LocalDate.of(year, 12, 1).toString();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (var insert = connection.prepareStatement("""
                    insert into indicators.batch (zone_id, id, source, basis, actor, file_name, row_count, value_count)
                    values (?, ?, 'IMPORT', 'YTD', 'bench', 'evaluation-bench', ?, ?)""")) {
                insert.setObject(1, zone);
                insert.setObject(2, batch);
                insert.setInt(3, generated.size());
                insert.setLong(4, values);
                insert.executeUpdate();
            }
            Copy companies = new Copy(copy.copyIn("""
                    copy registry.enterprise (zone_id, id, credit_code, name, industry_code, scale, registered_on,
                        exempt_reason) from stdin"""));
            for (Generated g : generated) {
                companies.line(
                        zone,
                        g.id(),
                        BenchFile.creditCode(g.index()),
                        "评价基准企业" + g.index(),
                        g.industry(),
                        g.above() ? "ABOVE" : "BELOW",
                        g.registeredOn(),
                        g.exemptReason());
            }
            companies.end();
            Copy parcels =
                    new Copy(copy.copyIn("copy registry.land_parcel (zone_id, id, enterprise_id, area_m2) from stdin"));
            for (Generated g : generated) {
                if (g.mu() > 0) {
                    parcels.line(zone, UUID.randomUUID(), g.id(), money(g.mu() * 10_000 / 15));
                }
            }
            parcels.end();
            Copy figures = new Copy(copy.copyIn("""
                    copy indicators.value (zone_id, indicator, enterprise_id, period, basis, reported, month_value,
                        ytd_value, batch_id) from stdin"""));
            BigDecimal twelve = BigDecimal.valueOf(12);
            for (Generated g : generated) {
                if (g.figures() == null) {
                    continue;
                }
                for (int i = 0; i < INDICATORS.length; i++) {
                    BigDecimal full = g.figures()[i];
                    if (full != null) {
                        BigDecimal month =
                                INDICATORS[i].equals("employees") ? full : full.divide(twelve, 2, RoundingMode.HALF_UP);
                        figures.line(zone, INDICATORS[i], g.id(), period, "YTD", full, month, full, batch);
                    }
                }
            }
            figures.end();
            connection.commit();
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute(
                        "analyze registry.enterprise, registry.land_parcel, indicators.value, indicators.batch");
            }
        }
    }

    private static double logUniform(Random random, double from, double to) {
        return Math.exp(Math.log(from) + random.nextDouble() * (Math.log(to) - Math.log(from)));
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    /** A COPY in PostgreSQL's text format, sent in 64 KB chunks. */
    private static final class Copy {
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(FLUSH + 1024);

        Copy(CopyIn in) {
            this.in = in;
        }

        void line(Object... cells) throws Exception {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object cell = cells[i];
                buffer.append(
                        cell == null ? "\\N" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString());
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH) {
                flush();
            }
        }

        void end() throws Exception {
            flush();
            in.endCopy();
        }

        private void flush() throws Exception {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
