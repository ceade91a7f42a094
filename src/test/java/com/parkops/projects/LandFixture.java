package com.parkops.projects;

import static com.parkops.support.ApiCalls.basic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.ObjectMapper;

/**
 * Test projects written straight into {@code investment.project} (the investment services are
 * built elsewhere), and JSON calls to the land-quota and campaign API.
 */
final class LandFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LandFixture() {}

    /** A domestic project at the given stage with its 签约/开工/投产 dates (null = not reached). */
    static UUID project(
            JdbcClient jdbc,
            UUID zoneId,
            String code,
            String stage,
            LocalDate signedOn,
            LocalDate startedOn,
            LocalDate productionOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into investment.project (zone_id, id, code, name, capital_source, currency, amount,
                            stage, signed_on, started_on, production_on)
                        values (:zone, :id, :code, :name, 'DOMESTIC', 'CNY', 10000, :stage, :signed, :started, :production)
                        """)
                .param("zone", zoneId)
                .param("id", id)
                .param("code", code)
                .param("name", "项目" + code)
                .param("stage", stage)
                .param("signed", signedOn)
                .param("started", startedOn)
                .param("production", productionOn)
                .update();
        return id;
    }

    static UUID project(JdbcClient jdbc, UUID zoneId, String code) {
        return project(jdbc, zoneId, code, "SIGNED", LocalDate.of(2024, 3, 1), null, null);
    }

    static MvcTestResult send(MockMvcTester mvc, String method, String uri, String user, Object body) {
        var request = switch (method) {
            case "POST" -> mvc.post();
            case "PUT" -> mvc.put();
            case "DELETE" -> mvc.delete();
            default -> mvc.get();
        };
        var spec = request.uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user));
        if (body != null) {
            spec = spec.contentType("application/json").content(JSON.writeValueAsString(body));
        }
        return spec.exchange();
    }

    static MvcTestResult post(MockMvcTester mvc, String uri, String user, Map<String, ?> body) {
        return send(mvc, "POST", uri, user, body);
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** A JSON number read without going through a double's rounding. */
    static java.math.BigDecimal decimal(MvcTestResult result, String path) {
        return new java.math.BigDecimal(String.valueOf((Object) JsonPath.read(body(result), path)));
    }

    static <T> T json(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }
}
