package com.parkops.demo;

import com.parkops.registry.Scale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * Monthly figures of the demo enterprises as a statistics-bureau style CSV (year-to-date values):
 * two years up to the demo's current month, with seasonal swings, growth, a few loss-makers and a
 * few enterprises that only started reporting this year.
 */
final class DemoFigures {

    static final List<String> COLUMNS = List.of(
            "output",
            "revenue",
            "mainRevenue",
            "profit",
            "tax",
            "valueAdded",
            "energy",
            "electricity",
            "employees",
            "rdExpense",
            "cod",
            "water");

    private final Random random;

    DemoFigures(long seed) {
        this.random = new Random(seed);
    }

    /** The CSV for the given enterprises, January of {@code from}'s year through {@code to}. */
    byte[] csv(List<DemoZone.DemoEnterprise> enterprises, YearMonth from, YearMonth to) {
        StringBuilder csv = new StringBuilder("creditCode,period,")
                .append(String.join(",", COLUMNS))
                .append('\n');
        for (DemoZone.DemoEnterprise enterprise : enterprises) {
            if (random.nextInt(100) < 6) {
                continue; // some enterprises never report
            }
            boolean above = enterprise.data().scale() == Scale.ABOVE;
            double yearlyOutput = above ? 3_000 + random.nextDouble() * 60_000 : 300 + random.nextDouble() * 1_800;
            double growth = -0.10 + random.nextDouble() * 0.35;
            double margin =
                    random.nextInt(100) < 12 ? -0.02 - random.nextDouble() * 0.05 : 0.02 + random.nextDouble() * 0.10;
            double energyIntensity = 0.15 + random.nextDouble() * 0.6;
            double employees = 20 + yearlyOutput / (60 + random.nextDouble() * 90);
            YearMonth start = random.nextInt(100) < 5 ? YearMonth.of(to.getYear(), 1) : from;
            double[] ytd = new double[COLUMNS.size()];
            for (YearMonth month = start; !month.isAfter(to); month = month.plusMonths(1)) {
                if (month.getMonthValue() == 1) {
                    java.util.Arrays.fill(ytd, 0);
                }
                double scale = month.getYear() == from.getYear() ? 1 : 1 + growth;
                double season = 1 + 0.15 * Math.sin((month.getMonthValue() - 3) / 12.0 * 2 * Math.PI);
                double output = yearlyOutput / 12 * scale * season * (0.9 + random.nextDouble() * 0.2);
                double revenue = output * (0.92 + random.nextDouble() * 0.1);
                double valueAdded = output * (0.22 + random.nextDouble() * 0.06);
                double[] month0 = {
                    output,
                    revenue,
                    revenue * 0.96,
                    revenue * margin,
                    revenue * (0.02 + random.nextDouble() * 0.03),
                    valueAdded,
                    valueAdded * energyIntensity,
                    output * (0.8 + random.nextDouble() * 0.6),
                    0,
                    revenue * (above ? 0.01 + random.nextDouble() * 0.03 : random.nextDouble() * 0.01),
                    output * 0.00008 * (0.7 + random.nextDouble() * 0.6),
                    output * 8 * (0.7 + random.nextDouble() * 0.6)
                };
                csv.append(enterprise.data().creditCode()).append(',').append(month);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    if (COLUMNS.get(i).equals("employees")) {
                        csv.append(',').append(round(employees * scale * (0.97 + random.nextDouble() * 0.06), 0));
                        continue;
                    }
                    ytd[i] += month0[i];
                    int decimals = COLUMNS.get(i).equals("cod") ? 4 : 2;
                    csv.append(',').append(round(ytd[i], decimals));
                }
                csv.append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
