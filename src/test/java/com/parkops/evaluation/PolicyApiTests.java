package com.parkops.evaluation;

import static com.parkops.support.ApiCalls.basic;
import static com.parkops.support.ApiCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import com.parkops.support.TestEnterprises;
import com.parkops.support.TestZones;
import com.parkops.zone.AuditLog;
import com.parkops.zone.AuditRecord;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The consequences table through the API: defaults, validation, a saved and audited table, stale versions. */
@IntegrationTest
class PolicyApiTests {

    private static final String URI = "/api/v1/evaluation/policy";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestZones testZones;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldGiveTheDefaultsWithTreatedLikeBUntilTheZoneSavesItsOwn() {
        var zone = testZones.create();

        JsonNode table = body(get(mvc, URI, zone.leader()));

        assertThat(table.get("version").asInt()).isZero();
        assertThat(table.get("stored").asBoolean()).isFalse();
        JsonNode grades = table.get("grades");
        assertThat(grades).hasSize(5);
        assertThat(grades.get(0).get("grade").asString()).isEqualTo("A");
        assertThat(grades.get(0).get("landTaxReduction").decimalValue()).isEqualByComparingTo("100");
        assertThat(grades.get(0).get("landPriority").asString()).isEqualTo("PRIORITY");
        assertThat(grades.get(2).get("electricitySurcharge").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(grades.get(3).get("electricitySurcharge").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(grades.get(3).get("emissionPriority").asString()).isEqualTo("RESTRICTED");
        assertThat(grades.get(4).get("landTaxReduction").decimalValue())
                .isEqualByComparingTo(grades.get(1).get("landTaxReduction").decimalValue());
        assertThat(grades.get(4).get("credit").asString()).contains("B");
    }

    @Test
    void shouldRefuseNegativeSurchargesAReductionOver100AndAMissingGradeWithTheirFields() {
        var zone = testZones.create();
        ObjectNode change = defaults(zone);
        grade(change, 2).put("electricitySurcharge", -0.05);
        grade(change, 0).put("landTaxReduction", 120);
        grade(change, 1).putNull("landPriority");

        MvcTestResult refused = put(zone.staff(), change);

        assertThat(refused).hasStatus(422);
        String errors = body(refused).get("errors").toString();
        assertThat(errors)
                .contains("grades[2].electricitySurcharge", "不能为负数")
                .contains("grades[0].landTaxReduction", "0 至 100")
                .contains("grades[1].landPriority");

        ObjectNode fourGrades = defaults(zone);
        ((ArrayNode) fourGrades.get("grades")).remove(3);
        MvcTestResult missing = put(zone.staff(), fourGrades);
        assertThat(missing).hasStatus(422);
        assertThat(body(missing).get("errors").toString()).contains("\"field\":\"grades\"");
        assertThat(body(get(mvc, URI, zone.staff())).get("stored").asBoolean()).isFalse();
        assertThat(audit.history(zone.id(), "evaluation-policy", zone.id().toString()))
                .isEmpty();
    }

    @Test
    void shouldSaveTheTableReadItBackAndAuditTheChangedFields() {
        var zone = testZones.create();
        ObjectNode change = defaults(zone);
        grade(change, 2).put("electricitySurcharge", 0.08);
        grade(change, 2).put("waterSurcharge", 0.456);
        grade(change, 3).put("otherMeasures", "限期整改，纳入重点监管");

        MvcTestResult saved = put(zone.staff(), change);

        assertThat(saved).hasStatusOk();
        assertThat(body(saved).get("version").asInt()).isEqualTo(1);
        JsonNode read = body(get(mvc, URI, zone.leader()));
        assertThat(read.get("stored").asBoolean()).isTrue();
        assertThat(read.get("updatedBy").asString()).isEqualTo(zone.staff());
        JsonNode c = read.get("grades").get(2);
        assertThat(c.get("electricitySurcharge").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(c.get("waterSurcharge").decimalValue())
                .as("rounded half-up to 2 decimals")
                .isEqualByComparingTo("0.46");
        assertThat(read.get("grades").get(3).get("otherMeasures").asString()).isEqualTo("限期整改，纳入重点监管");

        List<AuditRecord> history =
                audit.history(zone.id(), "evaluation-policy", zone.id().toString());
        assertThat(history).singleElement().satisfies(record -> {
            assertThat(record.actor()).isEqualTo(zone.staff());
            assertThat(record.action()).isEqualTo("create");
            assertThat(record.changes()).containsKeys("C.electricitySurcharge", "D.otherMeasures");
        });

        ObjectNode again = (ObjectNode) read.deepCopy();
        grade(again, 0).put("landTaxReduction", 80);
        assertThat(put(zone.admin(), again)).hasStatusOk();
        List<AuditRecord> later =
                audit.history(zone.id(), "evaluation-policy", zone.id().toString());
        assertThat(later).hasSize(2);
        assertThat(later.get(0).action()).isEqualTo("update");
        assertThat(later.get(0).changes()).containsOnlyKeys("A.landTaxReduction");
        assertThat(later.get(0).changes().get("A.landTaxReduction").from()).isEqualTo("100");
        assertThat(later.get(0).changes().get("A.landTaxReduction").to()).isEqualTo("80");
    }

    @Test
    void shouldRefuseAStaleVersionWith409() {
        var zone = testZones.create();
        ObjectNode first = defaults(zone);
        assertThat(put(zone.staff(), first)).hasStatusOk();

        grade(first, 3).put("electricitySurcharge", 0.2);
        MvcTestResult stale = put(zone.admin(), first);

        assertThat(stale).hasStatus(409);
        assertThat(body(stale).get("detail").asString()).contains("已被他人修改");
        assertThat(body(get(mvc, URI, zone.staff()))
                        .get("grades")
                        .get(3)
                        .get("electricitySurcharge")
                        .decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.10"));
    }

    @Test
    void shouldLetOnlyAdminAndStaffChangeItAndNoEnterpriseReadIt() {
        var zone = testZones.create();
        var enterprise = enterprises.register(zone.id(), "政策测试企业");
        String clerk = testZones.enterpriseUser(zone, enterprise.id());

        assertThat(put(zone.leader(), defaults(zone))).hasStatus(403);
        assertThat(put(clerk, defaults(zone))).hasStatus(403);
        assertThat(get(mvc, URI, clerk)).hasStatus(403);
        assertThat(jdbc.sql("select count(*) from evaluation.policy where zone_id = :zone")
                        .param("zone", zone.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ObjectNode defaults(TestZones.TestZone zone) {
        JsonNode table = body(get(mvc, URI, zone.staff()));
        ObjectNode change = json.createObjectNode();
        change.put("version", table.get("version").asInt());
        change.set("grades", table.get("grades").deepCopy());
        return change;
    }

    private static ObjectNode grade(ObjectNode change, int index) {
        return (ObjectNode) change.get("grades").get(index);
    }

    private MvcTestResult put(String user, JsonNode change) {
        return mvc.put()
                .uri(URI)
                .header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(change))
                .exchange();
    }

    private JsonNode body(MvcTestResult response) {
        return json.readTree(response.getResponse().getContentAsByteArray());
    }
}
