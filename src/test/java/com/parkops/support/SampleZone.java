package com.parkops.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The shared fixture zone: its enterprises, its year-to-date file and the expected answers. */
public final class SampleZone {

    public static final String DIR = "/fixtures/sample-zone/";

    private SampleZone() {}

    /** A fresh zone with the fixture's enterprises and leading chain; returns credit code → id. */
    public static Map<String, UUID> register(JdbcClient jdbc, TestZones.TestZone zone) {
        RegistryTestData registry = new RegistryTestData(jdbc);
        Map<String, UUID> ids = registry.load(zone.id(), DIR + "enterprises.csv");
        registry.leadingChain(zone.id(), expected().get("leadingChain").asString());
        return ids;
    }

    /**
     * A fresh zone with the fixture's enterprises and their year-to-date figures imported through
     * the API by the zone's staff user.
     */
    public static TestZones.TestZone withFigures(
            org.springframework.test.web.servlet.assertj.MockMvcTester mvc, JdbcClient jdbc, TestZones testZones) {
        var zone = testZones.create();
        register(jdbc, zone);
        org.assertj.core.api.Assertions.assertThat(ApiCalls.upload(
                        mvc,
                        "/api/v1/indicators/import?basis=ytd",
                        zone.staff(),
                        "indicators_ytd.csv",
                        bytes("indicators_ytd.csv")))
                .hasStatusOk();
        return zone;
    }

    public static JsonNode expected() {
        return new ObjectMapper().readTree(new String(bytes("expected.json"), StandardCharsets.UTF_8));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = SampleZone.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ytd file's lines split into cells (header first). */
    public static List<List<String>> ytdTable() {
        List<List<String>> table = new ArrayList<>();
        String text = new String(bytes("indicators_ytd.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                table.add(List.of(line.split(",", -1)));
            }
        }
        return table;
    }

    /**
     * The same figures as monthly values: a flow's month is ytd_M − ytd_(M−1); employees' month is
     * n·ytd_M − (n−1)·ytd_(M−1), so that the mean of the months is the ytd file's figure.
     */
    public static byte[] monthlyCsv() {
        List<List<String>> table = ytdTable();
        List<String> header = table.get(0);
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        Map<String, List<String>> previous = new HashMap<>();
        Map<String, Integer> months = new HashMap<>();
        for (List<String> row : table.subList(1, table.size())) {
            String key = row.get(0) + "/" + row.get(1).substring(0, 4);
            List<String> before = previous.get(key);
            int n = months.merge(key, 1, Integer::sum);
            List<String> cells = new ArrayList<>(row.subList(0, 2));
            for (int i = 2; i < row.size(); i++) {
                BigDecimal ytd = new BigDecimal(row.get(i));
                BigDecimal earlier = before == null ? BigDecimal.ZERO : new BigDecimal(before.get(i));
                BigDecimal month = header.get(i).equals("employees")
                        ? ytd.multiply(BigDecimal.valueOf(n)).subtract(earlier.multiply(BigDecimal.valueOf(n - 1)))
                        : ytd.subtract(earlier);
                cells.add(month.toPlainString());
            }
            previous.put(key, row);
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The ytd file as an XLSX workbook: text for code and period, numbers for the figures. */
    public static byte[] ytdXlsx() {
        List<List<String>> table = ytdTable();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("指标");
            for (int r = 0; r < table.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (r > 0 && c > 1) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
