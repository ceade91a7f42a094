package com.parkops.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.indicators.Basis;
import com.parkops.indicators.IndicatorImport;
import com.parkops.support.SampleZone;
import com.parkops.support.TestZones;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The sample zone with its 2021 figures, for the evaluation page tests, and reading their answers. */
final class EvaluationPageZone {

    static final int YEAR = 2021;

    private EvaluationPageZone() {}

    /** A new zone with the fixture's enterprises and year-to-date figures; credit code → id. */
    static Map<String, UUID> load(JdbcClient jdbc, TestZones.TestZone zone, IndicatorImport imports) {
        Map<String, UUID> ids = SampleZone.register(jdbc, zone);
        try {
            imports.importFile(
                    zone.id(),
                    zone.staff(),
                    Basis.YTD,
                    "indicators_ytd.csv",
                    new ByteArrayInputStream(SampleZone.bytes("indicators_ytd.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** The fixture's evaluation scheme, whose every result expected.json gives. */
    static Scheme scheme() {
        JsonNode node = SampleZone.expected().get("evaluation").get("scheme");
        return new ObjectMapper().treeToValue(node, Scheme.class);
    }

    /** The fixture's expected results: credit code → pool, grade, score, rank, exemptReason. */
    static JsonNode expected() {
        return SampleZone.expected().get("evaluation").get("results");
    }

    static String html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
