package com.parkops.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.evaluation.IndicatorScore;
import com.parkops.evaluation.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The domain guide's worked example (临海 2014, method A), read from the shared fixture. */
class WorkedExampleTests {

    private final JsonNode example = read();

    @Test
    void shouldScoreTheWorkedExampleWithoutCap() {
        Scored result = score(null);

        JsonNode expected = example.get("indicators");
        for (int i = 0; i < expected.size(); i++) {
            IndicatorScore score = result.indicators().get(i);
            assertThat(score.code()).isEqualTo(expected.get(i).get("code").asString());
            assertThat(score.value())
                    .isEqualByComparingTo(expected.get(i).get("value").decimalValue());
            assertThat(round(score.score()))
                    .isEqualByComparingTo(expected.get(i).get("score").decimalValue());
            assertThat(score.capped()).isFalse();
        }
        assertThat(round(result.total()))
                .isEqualByComparingTo(example.get("totalWithoutCap").decimalValue());
    }

    @Test
    void shouldCapTheCodScoreAtTwiceItsWeight() {
        Scored result = score(BigDecimal.valueOf(2));

        JsonNode expected = example.get("indicators");
        for (int i = 0; i < expected.size(); i++) {
            JsonNode indicator = expected.get(i);
            BigDecimal want = indicator.has("scoreWithCap2")
                    ? indicator.get("scoreWithCap2").decimalValue()
                    : indicator.get("score").decimalValue();
            assertThat(round(result.indicators().get(i).score())).isEqualByComparingTo(want);
            assertThat(result.indicators().get(i).capped()).isEqualTo(indicator.has("scoreWithCap2"));
        }
        assertThat(round(result.total()))
                .isEqualByComparingTo(example.get("totalWithCap2").decimalValue());
        assertThat(result.rank()).isEqualTo(1);
    }

    private Scored score(BigDecimal cap) {
        List<Scheme.WeightedIndicator> indicators = new ArrayList<>();
        for (JsonNode indicator : example.get("indicators")) {
            indicators.add(new Scheme.WeightedIndicator(
                    indicator.get("code").asString(),
                    indicator.get("weight").decimalValue(),
                    new Scheme.Benchmark(indicator.get("benchmark").decimalValue(), null)));
        }
        Scheme scheme = new Scheme(
                "临海 2014",
                List.of(new Scheme.Pool(
                        "规上",
                        "above",
                        BigDecimal.ZERO,
                        "ratio",
                        cap,
                        "zero",
                        indicators,
                        Map.of(
                                "A",
                                BigDecimal.valueOf(20),
                                "B",
                                BigDecimal.valueOf(40),
                                "C",
                                BigDecimal.valueOf(35),
                                "D",
                                BigDecimal.valueOf(5)),
                        List.of(),
                        List.of())),
                null,
                List.of());
        JsonNode enterprise = example.get("enterprise");
        Map<String, BigDecimal> figures = new HashMap<>();
        for (String code : List.of("tax", "revenue", "valueAdded", "energy", "cod", "water", "employees")) {
            figures.put(code, enterprise.get(code).decimalValue());
        }
        EnterpriseFacts facts = new EnterpriseFacts(
                UUID.randomUUID(),
                "91330000000000000X",
                "示例企业",
                "ABOVE",
                enterprise.get("landMu").decimalValue(),
                "C3411",
                null,
                null,
                figures,
                Set.of());
        List<Scored> results = Scoring.score(scheme, 2024, List.of(facts), Map.of());
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static JsonNode read() {
        try (InputStream in =
                WorkedExampleTests.class.getResourceAsStream("/fixtures/evaluation-worked-example.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
