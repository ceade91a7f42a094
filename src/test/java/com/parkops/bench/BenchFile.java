package com.parkops.bench;

import com.parkops.shared.CreditCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes a province-sized year-to-date import file and the matching enterprise list. */
final class BenchFile {

    static final String[] INDICATORS = {
        "output",
        "revenue",
        "profit",
        "tax",
        "valueAdded",
        "energy",
        "electricity",
        "rdExpense",
        "cod",
        "water",
        "employees"
    };
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private BenchFile() {}

    /** The i-th enterprise's credit code: a fixed prefix, i in base 31, and a valid check character. */
    static String creditCode(int i) {
        StringBuilder body = new StringBuilder();
        int rest = i;
        for (int d = 0; d < 9; d++) {
            body.insert(0, ALPHABET.charAt(rest % 31));
            rest /= 31;
        }
        String first17 = "91360981" + body;
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** enterprises × months rows of ytd figures for the given year; returns the byte size. */
    static long writeYtd(Path file, int enterprises, int year, int months) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("creditCode,period," + String.join(",", INDICATORS) + "\n");
            double[] ytd = new double[INDICATORS.length];
            for (int e = 0; e < enterprises; e++) {
                String code = creditCode(e);
                double scale = 200 + random.nextDouble() * 5000;
                java.util.Arrays.fill(ytd, 0);
                double employees = 20 + random.nextInt(800);
                for (int m = 1; m <= months; m++) {
                    StringBuilder line = new StringBuilder(160);
                    line.append(code)
                            .append(',')
                            .append(year)
                            .append('-')
                            .append(m < 10 ? "0" : "")
                            .append(m);
                    double output = scale * (0.8 + random.nextDouble() * 0.4);
                    double[] month = {
                        output,
                        output * 0.95,
                        output * (random.nextDouble() * 0.12 - 0.03),
                        output * 0.03,
                        output * 0.25,
                        output * 0.08,
                        output * 0.3,
                        output * 0.02,
                        output * 0.0004,
                        output * 25
                    };
                    for (int i = 0; i < month.length; i++) {
                        ytd[i] += month[i];
                        line.append(',').append(String.format(java.util.Locale.ROOT, "%.2f", ytd[i]));
                    }
                    employees = Math.max(1, employees + random.nextInt(11) - 5);
                    line.append(',').append(String.format(java.util.Locale.ROOT, "%.2f", employees));
                    out.write(line.append('\n').toString());
                }
            }
        }
        return Files.size(file);
    }
}
