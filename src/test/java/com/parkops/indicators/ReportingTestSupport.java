package com.parkops.indicators;

import static com.parkops.support.ApiCalls.basic;

import com.jayway.jsonpath.JsonPath;
import com.parkops.support.ApiCalls;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.EnterpriseDirectory.EnterpriseRef;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A zone with two real registry enterprises, a clerk for each, and API calls on their reports. */
final class ReportingTestSupport {

    /** The zone, its enterprises and their clerks. */
    record Fixture(
            TestZones.TestZone zone,
            EnterpriseRef first,
            String firstClerk,
            EnterpriseRef second,
            String secondClerk) {}

    private ReportingTestSupport() {}

    static Fixture fixture(TestZones zones, TestEnterprises enterprises) {
        TestZones.TestZone zone = zones.create();
        EnterpriseRef first = enterprises.register(zone.id(), "填报测试甲有限公司 " + zone.suffix());
        EnterpriseRef second = enterprises.register(zone.id(), "填报测试乙有限公司 " + zone.suffix());
        return new Fixture(
                zone, first, zones.enterpriseUser(zone, first.id()), second, zones.enterpriseUser(zone, second.id()));
    }

    /** Staff import of year-to-date figures: {@code lines} are {@code creditCode,period,output}. */
    static void importOutput(MockMvcTester mvc, String staff, String... lines) {
        String csv = "creditCode,period,output\n" + String.join("\n", lines) + "\n";
        MvcTestResult result = ApiCalls.upload(
                mvc, "/api/v1/indicators/import?basis=ytd", staff, "prior.csv", csv.getBytes(StandardCharsets.UTF_8));
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("import failed: " + body(result));
        }
    }

    static MvcTestResult post(MockMvcTester mvc, String uri, String user, String json) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType("application/json")
                .content(json)
                .exchange();
    }

    static MvcTestResult submit(MockMvcTester mvc, String clerk, String json) {
        return post(mvc, "/api/v1/indicators/submissions", clerk, json);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The numbers at a JSON path as doubles, whether written as integers or decimals. */
    static java.util.List<Double> numbers(MvcTestResult result, String path) {
        java.util.List<Number> found = JsonPath.read(body(result), path);
        return found.stream().map(Number::doubleValue).toList();
    }

    static <T> T json(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }
}
